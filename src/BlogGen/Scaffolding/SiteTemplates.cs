namespace BlogGen.Scaffolding;

/// <summary>The files of a new site. <c>{{DATE}}</c> stands for today's date in the site's time zone.</summary>
internal static class SiteTemplates
{
    public const string DatePlaceholder = "{{DATE}}";

    /// <summary>The GitHub Pages workflow, which an existing Jekyll blog gets too.</summary>
    public const string WorkflowPath = ".github/workflows/pages.yml";

    /// <summary>Relative path (with <c>{{DATE}}</c> where the date goes) and text of each file, in the order written.</summary>
    public static IReadOnlyList<(string Path, string Text)> Files { get; } =
    [
        ("_config.yml", Config),
        ("_posts/{{DATE}}-welcome.md", WelcomePost),
        ("about.md", AboutPage),
        (".gitignore", GitIgnore),
        ("README.md", ReadMe),
        (WorkflowPath, PagesWorkflow),
    ];

    private const string Config = """
        # The settings of this blog. Lines starting with '#' are comments: remove the '#' to use a setting.
        # Every key, with its default, is described in BlogGen's guide (docs/configuration.md).

        # The blog's name (the header and every <title>) and one sentence about it.
        title: "My blog"
        description: "Notes, written with BlogGen."
        # Who writes it; a post's own `author:` wins.
        # author:
        #   name: "Your Name"
        #   url: "https://example.org"
        # The language of the pages: <html lang="en">. Use e.g. zh-CN or ja for Chinese or Japanese.
        lang: en

        # Where the blog is published: scheme and host, and the path under it.
        # A GitHub user site (USER.github.io): url: "https://USER.github.io", baseurl: ""
        # A GitHub project site (USER.github.io/REPO/): baseurl: "/REPO" (the Pages workflow passes it for you).
        url: ""
        baseurl: ""

        # Dates without an offset are read in this zone (an IANA name); permalinks and shown dates use it.
        timezone: UTC
        # Post URLs: date (/:categories/:year/:month/:day/:title.html), pretty (the same, ending in /),
        # ordinal, none, or a pattern such as /:year/:title/
        permalink: pretty
        # Posts per home page; older ones are on /page2/, /page3/, ...
        paginate: 10
        # Where the excerpt on the home page ends (default: after the first paragraph).
        # excerpt_separator: "<!--more-->"

        # The theme: "default" is built into BlogGen. A folder themes/NAME/ in the site is used first.
        # theme: default

        # The links in the default theme's header, in order.
        nav:
          - title: Home
            url: /
          - title: About
            url: /about/

        # Posts use the `post` layout and pages the `page` layout unless their front matter says otherwise.
        defaults:
          - scope:
              path: ""
              type: posts
            values:
              layout: post
          - scope:
              path: ""
              type: drafts
            values:
              layout: post
          - scope:
              path: ""
              type: pages
            values:
              layout: page

        # Files and folders that are not part of the site (names starting with '_' or '.' never are).
        exclude:
          - README.md
        # Files starting with '_' or '.' that should be copied after all, e.g. .well-known
        # include:
        #   - .well-known

        # The HTML sanitizing policy that every page body passes (see docs/sanitizing.md).
        # sanitize:
        #   allowed_attributes: [data-note]
        """;

    private const string WelcomePost = """
        ---
        title: "Welcome to your blog"
        tags: [bloggen]
        ---

        This is your first post. Edit it, or delete it, in the `_posts` folder.

        ## Writing posts

        A post is a Markdown file in `_posts/` whose name starts with its date, such as
        `_posts/{{DATE}}-welcome.md`. Make a new one with

        ```sh
        bloggen new post "My second post"
        ```

        ## Seeing the site

        Run `bloggen build`, then open the `_site` folder with any static file server. Read
        [about this blog]({{ '/about/' | relative_url }}) next.
        """;

    private const string AboutPage = """
        ---
        title: "About"
        permalink: /about/
        ---

        Write a few words about yourself and this blog here. This page is `about.md`.
        """;

    private const string GitIgnore = """
        # What bloggen build writes: the site and its cache.
        _site/
        .bloggen-cache/
        """;

    private const string ReadMe = """
        # My blog

        A blog built with [BlogGen](https://github.com/bloggen/bloggen).

        ```sh
        dotnet tool restore                     # once per clone: the BlogGen pinned in .config/dotnet-tools.json
        dotnet bloggen new post "A title"       # a new post in _posts/
        dotnet bloggen serve                    # preview at http://127.0.0.1:4000/ with live reload
        dotnet bloggen build                    # the site, in _site/
        dotnet bloggen check                    # every link of the built site leads somewhere
        ```

        `.config/dotnet-tools.json` pins the BlogGen version, so every machine and the workflow build with
        the same one. `dotnet tool update BlogGen` moves the pin to the newest release.

        Settings are in `_config.yml`. Pushing to the `main` branch of a GitHub repository publishes the
        blog with GitHub Pages (`.github/workflows/pages.yml`): in the repository's Settings → Pages,
        choose "GitHub Actions" as the source.
        """;

    private const string PagesWorkflow = """
        # Builds the blog with BlogGen and publishes it with GitHub Pages.
        # In the repository's Settings → Pages, set "Source" to "GitHub Actions".
        name: Publish to GitHub Pages

        on:
          push:
            branches: [main]
          workflow_dispatch:

        permissions:
          contents: read
          pages: write
          id-token: write

        concurrency:
          group: pages
          cancel-in-progress: false

        jobs:
          build:
            runs-on: ubuntu-latest
            steps:
              - uses: actions/checkout@v4
              - uses: actions/setup-dotnet@v4
                with:
                  dotnet-version: 10.0.x
              - id: pages
                uses: actions/configure-pages@v5
              # The BlogGen version pinned in .config/dotnet-tools.json: what the blog was previewed with.
              - name: Install BlogGen
                run: dotnet tool restore
              # A Jekyll blog whose theme is a gem (`theme:` with a Gemfile): BlogGen finds the theme through Bundler.
              - name: Install the gems of the Gemfile
                if: hashFiles('Gemfile') != ''
                uses: ruby/setup-ruby@v1
                with:
                  ruby-version: '3.3'
                  bundler-cache: true
              - name: Restore the build cache
                uses: actions/cache@v4
                with:
                  path: .bloggen-cache
                  key: bloggen-${{ runner.os }}-${{ github.sha }}
                  restore-keys: bloggen-${{ runner.os }}-
              - name: Build
                run: dotnet bloggen build --baseurl "${{ steps.pages.outputs.base_path }}"
              - name: Check links
                run: dotnet bloggen check --baseurl "${{ steps.pages.outputs.base_path }}"
              - uses: actions/upload-pages-artifact@v3
                with:
                  path: _site

          deploy:
            needs: build
            runs-on: ubuntu-latest
            environment:
              name: github-pages
              url: ${{ steps.deployment.outputs.page_url }}
            steps:
              - id: deployment
                uses: actions/deploy-pages@v4
        """;
}
