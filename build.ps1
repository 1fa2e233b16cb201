#!/usr/bin/env pwsh
<#
.SYNOPSIS
    Builds, tests, packs and runs BlogGen. PowerShell 7 on Windows, macOS and Linux.
.EXAMPLE
    ./build.ps1                          # Build, then Test
    ./build.ps1 -Task Pack               # the dotnet tool packages (top and framework-dependent), in artifacts/
    ./build.ps1 -Task Native -Configuration Release   # the native executable (needs clang), in artifacts/native/
    ./build.ps1 -Task Site -BaseUrl /BlogGen
    ./build.ps1 -Task Serve              # preview the blog at http://127.0.0.1:4000/ with live reload
    ./build.ps1 -Task Bench -BenchArguments '--runs', '3'   # bloggen against Hugo and Jekyll, whole builds
    ./build.ps1 -Task Build, Test -Configuration Release
#>
[CmdletBinding()]
param(
    # What to do, in order. Default: Build, then Test.
    [ValidateSet('Restore', 'Build', 'Test', 'Pack', 'Native', 'Site', 'Serve', 'Bench', 'Clean')]
    [string[]] $Task = @('Build', 'Test'),

    [ValidateSet('Debug', 'Release')]
    [string] $Configuration = 'Debug',

    # For -Task Site: the path the blog is served under, e.g. /BlogGen for a GitHub project site.
    [string] $BaseUrl = '',

    # For -Task Bench: options of tests/BlogGen.Benchmarks/whole-build.sh, e.g. '--sizes', '1000,10000'.
    [string[]] $BenchArguments = @()
)

Set-StrictMode -Version Latest
$ErrorActionPreference = 'Stop'

$Root = $PSScriptRoot
$Solution = Join-Path $Root 'BlogGen.sln'
$Cli = Join-Path $Root 'src' 'BlogGen.Cli'
$Artifacts = Join-Path $Root 'artifacts'
$NativeFolder = Join-Path $Artifacts 'native'
# The platform this machine is, as the tool packages name it (linux-x64, osx-arm64, win-x64...).
$Runtime = [System.Runtime.InteropServices.RuntimeInformation]::RuntimeIdentifier
$WholeBuildBenchmark = Join-Path $Root 'tests' 'BlogGen.Benchmarks' 'whole-build.sh'

$env:DOTNET_CLI_TELEMETRY_OPTOUT = '1'
$env:DOTNET_NOLOGO = '1'

function Write-Step([string] $Text) {
    Write-Host ''
    Write-Host "==> $Text" -ForegroundColor Cyan
}

# Runs dotnet with the arguments; a non-zero exit code stops the script with that code.
function Invoke-Dotnet {
    Write-Host "dotnet $($args -join ' ')" -ForegroundColor DarkGray
    & dotnet @args
    if ($LASTEXITCODE -ne 0) {
        throw [System.Exception]::new("dotnet $($args[0]) failed with exit code $LASTEXITCODE")
    }
}

# The bloggen command, built from this repository.
function Invoke-Bloggen {
    Invoke-Dotnet run --project $Cli --configuration $Configuration -- @args
}

$tasks = @{
    Restore = {
        Write-Step 'Restore'
        Invoke-Dotnet restore $Solution
    }
    Build   = {
        Write-Step "Build ($Configuration)"
        Invoke-Dotnet build $Solution --configuration $Configuration
    }
    Test    = {
        Write-Step "Test ($Configuration)"
        Invoke-Dotnet test $Solution --configuration $Configuration
    }
    Pack    = {
        # The top package names a package per platform; 'any' is the framework-dependent one for platforms without
        # a native package. Native packages are made by the Native task, each on its own platform.
        Write-Step "Pack the dotnet tool (the top package and the framework-dependent one) into $Artifacts"
        Invoke-Dotnet pack $Cli --configuration $Configuration --output $Artifacts
        Invoke-Dotnet pack $Cli --configuration $Configuration --runtime any --output $Artifacts
        Get-ChildItem $Artifacts -Filter 'BlogGen.*.nupkg' | ForEach-Object { Write-Host "  $($_.FullName)" }
    }
    Native  = {
        # Native AOT compiles for the machine it runs on: clang and zlib's headers must be installed (docs/getting-started.md).
        Write-Step "Publish the native executable ($Runtime) into $NativeFolder, and pack it into $Artifacts"
        Invoke-Dotnet publish $Cli --configuration $Configuration --runtime $Runtime --output $NativeFolder
        Invoke-Dotnet pack $Cli --configuration $Configuration --runtime $Runtime --output $Artifacts
        Write-Host "  $(Join-Path $NativeFolder ($IsWindows ? 'bloggen.exe' : 'bloggen'))"
        Get-ChildItem $Artifacts -Filter "BlogGen.$Runtime.*.nupkg" | ForEach-Object { Write-Host "  $($_.FullName)" }
    }
    Site    = {
        Write-Step "Build and check this repository's blog (baseurl '$BaseUrl')"
        $mount = if ($BaseUrl) { @('--baseurl', $BaseUrl) } else { @() }
        Invoke-Bloggen build --source $Root @mount
        Invoke-Bloggen check --source $Root @mount
    }
    Serve   = {
        Write-Step 'Serve the blog with live reload (Ctrl+C to stop)'
        Invoke-Bloggen serve --source $Root
    }
    Bench   = {
        Write-Step 'Whole-build benchmark: bloggen, Hugo and Jekyll (Release)'
        Write-Host "bash $WholeBuildBenchmark $($BenchArguments -join ' ')" -ForegroundColor DarkGray
        & bash $WholeBuildBenchmark @BenchArguments
        if ($LASTEXITCODE -ne 0) {
            throw [System.Exception]::new("the benchmark script failed with exit code $LASTEXITCODE")
        }
    }
    Clean   = {
        Write-Step 'Clean'
        Invoke-Dotnet clean $Solution --configuration $Configuration
        foreach ($folder in @($Artifacts, (Join-Path $Root '_site'), (Join-Path $Root '.bloggen-cache'))) {
            if (Test-Path $folder) {
                Remove-Item $folder -Recurse -Force
                Write-Host "  removed $folder"
            }
        }
    }
}

$watch = [System.Diagnostics.Stopwatch]::StartNew()
try {
    foreach ($name in $Task) {
        & $tasks[$name]
    }
}
catch {
    Write-Host ''
    Write-Host "FAILED: $($_.Exception.Message)" -ForegroundColor Red
    exit 1
}
Write-Host ''
Write-Host "Done: $($Task -join ', ') in $([int]$watch.Elapsed.TotalSeconds) s" -ForegroundColor Green
