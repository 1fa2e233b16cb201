namespace BlogGen.Generators;

/// <summary>Makes pages and files the user did not write (home pages, tag pages, feeds...). Runs once per build.</summary>
public interface ISiteGenerator
{
    GeneratorResult Generate(SiteSnapshot site);
}
