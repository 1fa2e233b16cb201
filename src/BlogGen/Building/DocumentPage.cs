using BlogGen.Content;
using BlogGen.Generators;
using BlogGen.Templating;

namespace BlogGen.Building;

/// <summary>
/// One document's page object as the builds of a session keep it, with what it was made from. Written by one build
/// at a time; within a build, only by the thread working on this document.
/// </summary>
internal sealed class DocumentPage(Document document)
{
    public Document Document { get; private set; } = document;

    public PageObject Page { get; } = TemplateModel.Page(document);

    /// <summary>The converted body shown as <c>content</c> and <c>excerpt</c>; null until the first build converts it.</summary>
    public ConvertedBody? Body { get; private set; }

    /// <summary>What enrichers and generators read; null until the body is set.</summary>
    public RenderedDocument? Rendered { get; private set; }

    /// <summary>The hash of every member of <see cref="Page"/>, as of the end of the last build that changed it.</summary>
    public UInt128 Hash { get; private set; }

    /// <summary>The document or its body changed in this build: enrichers run on it again.</summary>
    public bool Changed { get; private set; } = true;

    /// <summary>A member of the page changed in this build: it is hashed again.</summary>
    public bool Modified { get; private set; } = true;

    /// <summary>Starts a build with <paramref name="current"/>, the document as read now, under the same source path.</summary>
    public void Begin(Document current)
    {
        Changed = Modified = false;
        if (!ReferenceEquals(current, Document))
        {
            Document = current;
            TemplateModel.Refill(Page, current);
            Body = null;
            Changed = Modified = true;
        }
    }

    /// <summary>Sets a member that other pages decide (<c>next</c>, <c>previous</c>) when it differs.</summary>
    public void Link(string member, PageObject? other)
    {
        if (!Page.ContainsKey(member) || !ReferenceEquals(Page[member], other))
        {
            Writable()[member] = other;
        }
    }

    public void SetBody(ConvertedBody body)
    {
        if (ReferenceEquals(body, Body))
        {
            return;
        }
        Body = body;
        Writable()["content"] = body.Html;
        Page["excerpt"] = body.ExcerptHtml;
        Rendered = new RenderedDocument(Document, Page, body.Html, body.Text, body.ExcerptHtml, body.ExcerptText, body.Headings);
        Changed = true;
    }

    /// <summary>The page, writable until <see cref="Complete"/>.</summary>
    public PageObject Writable()
    {
        Page.IsReadOnly = false;
        Modified = true;
        return Page;
    }

    /// <summary>
    /// Ends this build's changes: the page becomes read-only, since every render shares it (a template assigning to
    /// <c>page.x</c> must not change it for others), and is hashed again when it changed.
    /// </summary>
    public void Complete()
    {
        if (Modified)
        {
            Page.IsReadOnly = true;
            Hash = new Caching.TemplateValueHash().AddMembers(Page).Value;
        }
    }
}
