using BlogGen.Content;
using BlogGen.Generators;

namespace BlogGen.Building;

/// <summary>
/// One document as the builds of a session keep it: as read, its converted body and what enrichers learned of it.
/// Written by one build at a time; within a build, only by the thread working on this document.
/// </summary>
internal sealed class SessionDocument(Document document)
{
    /// <summary>The document as read; a read with the same content hash keeps the one read first, and all made from it.</summary>
    public Document Document { get; private set; } = document;

    /// <summary>The converted body; null until this build converts it.</summary>
    public ConvertedBody? Body { get; private set; }

    /// <summary>What enrichers and generators read; null until the body is set.</summary>
    public RenderedDocument? Rendered { get; private set; }

    /// <summary>What enrichers learned of it; <see cref="PageFacts.None"/> until they run.</summary>
    public PageFacts Facts { get; set; } = PageFacts.None;

    /// <summary>The document or its body changed in this build: enrichers run on it again.</summary>
    public bool Changed { get; private set; } = true;

    /// <summary>Starts a build with <paramref name="current"/>, the document as read now, under the same source path.</summary>
    public void Begin(Document current)
    {
        Changed = false;
        if (current.Hash != Document.Hash)
        {
            Document = current;
            Body = null;
            Rendered = null;
            Facts = PageFacts.None;
            Changed = true;
        }
    }

    public void SetBody(ConvertedBody body)
    {
        if (ReferenceEquals(body, Body))
        {
            return;
        }
        Body = body;
        Rendered = new RenderedDocument(Document, body.Html, body.Text, body.ExcerptHtml, body.ExcerptText, body.Headings);
        Changed = true;
    }
}
