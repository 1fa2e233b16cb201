namespace BlogGen.Building;

/// <summary>Where a build is, for a progress display. Called from worker threads.</summary>
public interface IBuildProgress
{
    void Stage(string name, int total);

    void Advance();
}
