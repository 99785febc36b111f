<#
Starts Dialscape Studio (Windows, x86_64) with Java 21 or newer: the PowerShell variant of
"Dialscape Studio.cmd". Windows PowerShell 5.1 and PowerShell 7 both run it:

  powershell -ExecutionPolicy Bypass -File ".\Dialscape Studio.ps1" [options for Studio, e.g. -clean]

  DIALSCAPE_WORKSPACE   where your projects live (default: $HOME\dialscape-workspace)
  DIALSCAPE_MEMORY      the most memory Java may use (default: 1g)
  DIALSCAPE_CONSOLE=1   stay in this window and show Java's output (for troubleshooting)
  JAVA_HOME             the Java to use; else the newest Java 21+ in the usual places (Program
                        Files: Eclipse Adoptium, Java, Microsoft, Zulu, Amazon Corretto, BellSoft,
                        Semeru, RedHat, OpenJDK; the JavaSoft registry keys; the user's Programs,
                        .jdks and scoop folders), else java.exe on the PATH

This folder may be read-only: settings and caches go to $HOME\.dialscape\studio\VERSION.
#>
Set-StrictMode -Version 2.0
$ErrorActionPreference = 'Stop'
$here = Split-Path -Parent $MyInvocation.MyCommand.Path
$studioArgs = @($args)

function Fail([string] $sentence) {
    [Console]::Error.WriteLine("Dialscape Studio: $sentence")
    exit 2
}

# The feature version of a java.exe (21 for "21.0.5", 8 for "1.8.0_401"), or 0.
function Get-JavaMajor([string] $exe) {
    if (-not $exe -or -not (Test-Path -LiteralPath $exe -PathType Leaf)) { return 0 }
    try {
        $start = New-Object System.Diagnostics.ProcessStartInfo
        $start.FileName = $exe
        $start.Arguments = '-version'
        $start.UseShellExecute = $false
        $start.CreateNoWindow = $true
        $start.RedirectStandardError = $true
        $start.RedirectStandardOutput = $true
        $process = [System.Diagnostics.Process]::Start($start)
        $text = $process.StandardError.ReadToEnd() + $process.StandardOutput.ReadToEnd()
        $process.WaitForExit()
    } catch {
        return 0
    }
    foreach ($line in ($text -split "`r?`n")) {
        if ($line -match ' version "([^"]+)"') {
            $version = $Matches[1]
            if ($version -match '^1\.(\d+)') { return [int] $Matches[1] }
            if ($version -match '^(\d+)') { return [int] $Matches[1] }
        }
    }
    return 0
}

# Every java.exe worth a look, JAVA_HOME's first.
function Get-JavaCandidates {
    $roots = @()
    if ($env:ProgramFiles) {
        foreach ($vendor in 'Eclipse Adoptium', 'Java', 'Microsoft', 'Zulu', 'Amazon Corretto', 'BellSoft', 'Semeru', 'RedHat', 'OpenJDK') {
            $roots += Join-Path $env:ProgramFiles $vendor
        }
    }
    if ($env:LOCALAPPDATA) { $roots += Join-Path $env:LOCALAPPDATA 'Programs\Eclipse Adoptium' }
    if ($env:USERPROFILE) { $roots += Join-Path $env:USERPROFILE '.jdks' }
    foreach ($root in $roots) {
        if (Test-Path -LiteralPath $root -PathType Container) {
            Get-ChildItem -LiteralPath $root -Directory -ErrorAction SilentlyContinue |
                ForEach-Object { Join-Path $_.FullName 'bin\java.exe' }
        }
    }
    if ($env:USERPROFILE) {
        $scoop = Join-Path $env:USERPROFILE 'scoop\apps'
        if (Test-Path -LiteralPath $scoop -PathType Container) {
            Get-ChildItem -LiteralPath $scoop -Directory -ErrorAction SilentlyContinue |
                ForEach-Object { Join-Path $_.FullName 'current\bin\java.exe' }
        }
    }
    if (Test-Path 'HKLM:\SOFTWARE\JavaSoft\JDK' -ErrorAction SilentlyContinue) {
        Get-ChildItem 'HKLM:\SOFTWARE\JavaSoft\JDK' -ErrorAction SilentlyContinue | ForEach-Object {
            $key = (Get-ItemProperty -LiteralPath $_.PSPath -Name JavaHome -ErrorAction SilentlyContinue)
            if ($key) { Join-Path $key.JavaHome 'bin\java.exe' }
        }
    }
}

# The newest Java 21+ among the given java.exe files: @(path, major), or $null.
function Select-Newest([string[]] $candidates) {
    $best = $null
    $bestMajor = 0
    foreach ($candidate in $candidates) {
        $major = Get-JavaMajor $candidate
        if ($major -ge 21 -and $major -gt $bestMajor) { $best = $candidate; $bestMajor = $major }
    }
    if ($best) { return @($best, $bestMajor) }
    return $null
}

$java = $null
if ($env:JAVA_HOME) {
    $java = Select-Newest @(Join-Path $env:JAVA_HOME 'bin\java.exe')
    if (-not $java) {
        [Console]::Error.WriteLine("Dialscape Studio: JAVA_HOME ($env:JAVA_HOME) is not a Java 21 or newer; looking in the usual places")
    }
}
if (-not $java) { $java = Select-Newest @(Get-JavaCandidates) }
if (-not $java) {
    $onPath = Get-Command java.exe -CommandType Application -ErrorAction SilentlyContinue | Select-Object -First 1
    if ($onPath) { $java = Select-Newest @($onPath.Source) }
}
if (-not $java) {
    Fail "needs Java 21 or newer: install a JDK 21+ (Eclipse Temurin 21 from adoptium.net, or 'winget install EclipseAdoptium.Temurin.21.JDK') or set JAVA_HOME to one."
}
$javaExe = $java[0]
$javaMajor = $java[1]

$memory = if ($env:DIALSCAPE_MEMORY) { $env:DIALSCAPE_MEMORY } else { '1g' }
if ($memory -notmatch '^[0-9]+[kKmMgG]?$') {
    Fail "DIALSCAPE_MEMORY must be a size such as 1g or 2048m, not '$memory'"
}
$workspace = if ($env:DIALSCAPE_WORKSPACE) { $env:DIALSCAPE_WORKSPACE } else { Join-Path $HOME 'dialscape-workspace' }

$plugins = Join-Path $here 'plugins'
$launcher = Get-ChildItem -LiteralPath $plugins -Filter 'org.eclipse.equinox.launcher_*.jar' -ErrorAction SilentlyContinue | Select-Object -Last 1
$studio = Get-ChildItem -LiteralPath $plugins -Filter 'io.dialscape.studio_*.jar' -ErrorAction SilentlyContinue | Select-Object -Last 1
if (-not $launcher -or -not $studio) {
    Fail "this folder ($here) is not a complete Dialscape Studio: unpack the whole archive again"
}
$version = $studio.BaseName.Substring('io.dialscape.studio_'.Length)
$configuration = Join-Path $HOME ".dialscape\studio\$version\configuration"

$javaArgs = @("-Xmx$memory", '--enable-native-access=ALL-UNNAMED')
# JDK 23 and newer warn (later: refuse) when Guice uses sun.misc.Unsafe; Java 21 rejects the option.
if ($javaMajor -ge 23) { $javaArgs += '--sun-misc-unsafe-memory-access=allow' }
$javaArgs += @("-Dosgi.sharedConfiguration.area=$(Join-Path $here 'configuration')", '-Dosgi.configuration.cascaded=true',
    '-jar', $launcher.FullName, '-configuration', $configuration, '-data', $workspace) + $studioArgs

# One command line for Start-Process, quoted as Windows programs split it (CommandLineToArgvW).
function ConvertTo-CommandLine([string[]] $list) {
    ($list | ForEach-Object {
        if ($_ -ne '' -and $_ -notmatch '[\s"]') { $_ }
        else { '"' + (($_ -replace '(\\*)"', '$1$1\"') -replace '(\\+)$', '$1$1') + '"' }
    }) -join ' '
}

$javaw = Join-Path (Split-Path -Parent $javaExe) 'javaw.exe'
if ($env:DIALSCAPE_CONSOLE -eq '1' -or -not (Test-Path -LiteralPath $javaw -PathType Leaf)) {
    & $javaExe @javaArgs
    exit $LASTEXITCODE
}
Start-Process -FilePath $javaw -ArgumentList (ConvertTo-CommandLine $javaArgs) -WorkingDirectory $here
