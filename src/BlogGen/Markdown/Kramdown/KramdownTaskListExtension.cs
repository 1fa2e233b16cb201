using Markdig;
using Markdig.Extensions.TaskLists;
using Markdig.Parsers.Inlines;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace BlogGen.Markdown.Kramdown;

/// <summary>
/// Task lists as kramdown's GFM input makes them, in place of Markdig's (added before this): a box only at the start of an
/// item (<see cref="TaskBoxParser"/>), written as kramdown writes it with the item's text right after it; the list gets
/// <c>task-list</c> and, from its first item with a box on, every item <c>task-list-item</c>.
/// </summary>
internal sealed class KramdownTaskListExtension : DocumentPassExtension
{
    public override void Setup(MarkdownPipelineBuilder pipeline)
    {
        pipeline.InlineParsers.TryRemove<TaskListInlineParser>();
        if (!pipeline.InlineParsers.Contains<TaskBoxParser>())
        {
            pipeline.InlineParsers.InsertBefore<LinkInlineParser>(new TaskBoxParser());
        }
        base.Setup(pipeline);
    }

    public override void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html)
        {
            html.ObjectRenderers.Replace<HtmlTaskListRenderer>(new TaskBoxRenderer());
        }
    }

    protected override object? Process(MarkdownDocument document)
    {
        foreach (var list in document.Descendants<ListBlock>())
        {
            var isTaskList = false;
            foreach (var item in list.OfType<ListItemBlock>())
            {
                isTaskList |= item.Count > 0 && item[0] is ParagraphBlock { Inline.FirstChild: TaskList };
                if (isTaskList)
                {
                    item.GetAttributes().AddClass("task-list-item");
                }
            }
            if (isTaskList)
            {
                list.GetAttributes().AddClass("task-list");
            }
        }
        return null;
    }

    private sealed class TaskBoxRenderer : HtmlObjectRenderer<TaskList>
    {
        protected override void Write(HtmlRenderer renderer, TaskList box) =>
            renderer.Write(box.Checked
                ? "<input type=\"checkbox\" class=\"task-list-item-checkbox\" disabled=\"disabled\" checked=\"checked\" />"
                : "<input type=\"checkbox\" class=\"task-list-item-checkbox\" disabled=\"disabled\" />");
    }
}
