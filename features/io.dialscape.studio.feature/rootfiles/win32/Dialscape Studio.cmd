@echo off
rem Starts Dialscape Studio (Windows, x86_64) with Java 21 or newer. Double-click it, or:
rem
rem   "Dialscape Studio.cmd" [options for Studio, e.g. -clean]
rem
rem   DIALSCAPE_WORKSPACE   where your projects live (default: %USERPROFILE%\dialscape-workspace)
rem   DIALSCAPE_MEMORY      the most memory Java may use (default: 1g)
rem   DIALSCAPE_CONSOLE=1   stay in this window and show Java's output (for troubleshooting)
rem   JAVA_HOME             the Java to use; else the newest Java 21+ in the usual places
rem                         (Program Files: Eclipse Adoptium, Java, Microsoft, Zulu, Amazon Corretto,
rem                         BellSoft, Semeru, RedHat, OpenJDK; the JavaSoft registry keys; the
rem                         user's Programs, .jdks and scoop folders), else java.exe on the PATH
rem
rem This folder may be read-only: settings and caches go to %USERPROFILE%\.dialscape\studio\VERSION.
rem The search runs in subroutines (call :label), so that paths with parentheses, such as
rem "Program Files (x86)", never sit inside a parenthesized block.
setlocal EnableExtensions DisableDelayedExpansion

set "HERE=%~dp0"
set "HERE=%HERE:~0,-1%"
set "JAVA_EXE="
set "JAVA_MAJOR=0"

if not defined JAVA_HOME goto :search
call :consider "%JAVA_HOME%\bin\java.exe"
if defined JAVA_EXE goto :found
echo Dialscape Studio: JAVA_HOME (%JAVA_HOME%) is not a Java 21 or newer; looking in the usual places 1>&2

:search
call :search_in "%ProgramFiles%\Eclipse Adoptium"
call :search_in "%ProgramFiles%\Java"
call :search_in "%ProgramFiles%\Microsoft"
call :search_in "%ProgramFiles%\Zulu"
call :search_in "%ProgramFiles%\Amazon Corretto"
call :search_in "%ProgramFiles%\BellSoft"
call :search_in "%ProgramFiles%\Semeru"
call :search_in "%ProgramFiles%\RedHat"
call :search_in "%ProgramFiles%\OpenJDK"
call :search_in "%LOCALAPPDATA%\Programs\Eclipse Adoptium"
call :search_in "%USERPROFILE%\.jdks"
call :search_scoop "%USERPROFILE%\scoop\apps"
for /f "tokens=2,*" %%a in ('reg query "HKLM\SOFTWARE\JavaSoft\JDK" /s /v JavaHome 2^>nul ^| findstr /i /c:"JavaHome"') do call :consider "%%b\bin\java.exe"
if defined JAVA_EXE goto :found
for %%j in (java.exe) do set "PATH_JAVA=%%~$PATH:j"
if defined PATH_JAVA call :consider "%PATH_JAVA%"
if defined JAVA_EXE goto :found
call :fail "needs Java 21 or newer: install a JDK 21+ (Eclipse Temurin 21 from adoptium.net, or 'winget install EclipseAdoptium.Temurin.21.JDK') or set JAVA_HOME to one."
exit /b 2

:found
if not defined DIALSCAPE_MEMORY set "DIALSCAPE_MEMORY=1g"
echo %DIALSCAPE_MEMORY%| findstr /r /x "[0-9][0-9]*[kKmMgG]" >nul || echo %DIALSCAPE_MEMORY%| findstr /r /x "[0-9][0-9]*" >nul || goto :bad_memory
if not defined DIALSCAPE_WORKSPACE set "DIALSCAPE_WORKSPACE=%USERPROFILE%\dialscape-workspace"

set "LAUNCHER="
for %%f in ("%HERE%\plugins\org.eclipse.equinox.launcher_*.jar") do set "LAUNCHER=%%~ff"
set "STUDIO_JAR="
for %%f in ("%HERE%\plugins\io.dialscape.studio_*.jar") do set "STUDIO_JAR=%%~nf"
if not defined LAUNCHER goto :incomplete
if not defined STUDIO_JAR goto :incomplete
set "VERSION=%STUDIO_JAR:io.dialscape.studio_=%"
set "CONFIGURATION=%USERPROFILE%\.dialscape\studio\%VERSION%\configuration"

rem JDK 23 and newer warn (later: refuse) when Guice uses sun.misc.Unsafe; Java 21 rejects the option.
set "UNSAFE="
if %JAVA_MAJOR% GEQ 23 set "UNSAFE=--sun-misc-unsafe-memory-access=allow"

for %%j in ("%JAVA_EXE%") do set "JAVAW_EXE=%%~dpjjavaw.exe"
if "%DIALSCAPE_CONSOLE%"=="1" goto :console
if not exist "%JAVAW_EXE%" goto :console
start "Dialscape Studio" "%JAVAW_EXE%" -Xmx%DIALSCAPE_MEMORY% --enable-native-access=ALL-UNNAMED %UNSAFE% "-Dosgi.sharedConfiguration.area=%HERE%\configuration" -Dosgi.configuration.cascaded=true -jar "%LAUNCHER%" -configuration "%CONFIGURATION%" -data "%DIALSCAPE_WORKSPACE%" %*
exit /b 0

:console
"%JAVA_EXE%" -Xmx%DIALSCAPE_MEMORY% --enable-native-access=ALL-UNNAMED %UNSAFE% "-Dosgi.sharedConfiguration.area=%HERE%\configuration" -Dosgi.configuration.cascaded=true -jar "%LAUNCHER%" -configuration "%CONFIGURATION%" -data "%DIALSCAPE_WORKSPACE%" %*
exit /b %ERRORLEVEL%

:bad_memory
call :fail "DIALSCAPE_MEMORY must be a size such as 1g or 2048m, not '%DIALSCAPE_MEMORY%'"
exit /b 2

:incomplete
call :fail "this folder (%HERE%) is not a complete Dialscape Studio: unpack the whole archive again"
exit /b 2

rem ---- subroutines ----

:search_in
rem %1: a folder holding JDKs, each in a folder of its own
if not exist "%~1\" goto :eof
for /d %%d in ("%~1\*") do call :consider "%%~fd\bin\java.exe"
goto :eof

:search_scoop
rem %1: scoop's apps folder; each JDK app has its current version in "current"
if not exist "%~1\" goto :eof
for /d %%d in ("%~1\*") do call :consider "%%~fd\current\bin\java.exe"
goto :eof

:consider
rem %1: a java.exe; kept when it is Java 21 or newer and newer than the one kept so far
if not exist "%~1" goto :eof
call :major "%~1"
if %CANDIDATE_MAJOR% LSS 21 goto :eof
if %CANDIDATE_MAJOR% LEQ %JAVA_MAJOR% goto :eof
set "JAVA_MAJOR=%CANDIDATE_MAJOR%"
set "JAVA_EXE=%~f1"
goto :eof

:major
rem %1: a java.exe; sets CANDIDATE_MAJOR to its feature version (21 for "21.0.5", 8 for "1.8.0_401"), else 0
set "CANDIDATE_MAJOR=0"
set "CANDIDATE_VERSION="
for /f "tokens=3" %%v in ('call "%~1" -version 2^>^&1 ^| findstr /i /c:" version "') do if not defined CANDIDATE_VERSION set "CANDIDATE_VERSION=%%~v"
if not defined CANDIDATE_VERSION goto :eof
for /f "tokens=1,2 delims=.-+_" %%m in ("%CANDIDATE_VERSION%") do call :set_major "%%m" "%%n"
goto :eof

:set_major
rem %1 %2: the first two numbers of a version
set "CANDIDATE_MAJOR=%~1"
if "%~1"=="1" set "CANDIDATE_MAJOR=%~2"
echo %CANDIDATE_MAJOR%| findstr /r /x "[0-9][0-9]*" >nul || set "CANDIDATE_MAJOR=0"
goto :eof

:fail
rem %1: what went wrong, in one sentence; waits for a key when started by a double-click
echo Dialscape Studio: %~1 1>&2
set "DOUBLE_CLICKED="
for %%x in (%CMDCMDLINE%) do if /i "%%~x"=="/c" set "DOUBLE_CLICKED=1"
if defined DOUBLE_CLICKED pause
goto :eof
