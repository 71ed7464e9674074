@echo off
rem tinnhiem for Windows. A double-click (or "tinnhiem" with no subcommand) opens the counting window; with a
rem subcommand (report, minutes, verify, new, restore) or --help / --version it runs in this console. Any
rem arguments are passed on. Needs Java 17 or later: JAVA_HOME, or java on the PATH.
setlocal EnableExtensions
chcp 65001 >nul

set "DIR=%~dp0"
set "JAR=%DIR%tinnhiem.jar"
set "JAVA="
set "JAVAW="

if defined JAVA_HOME if exist "%JAVA_HOME%\bin\java.exe" set "JAVA=%JAVA_HOME%\bin\java.exe"
if defined JAVA_HOME if exist "%JAVA_HOME%\bin\javaw.exe" set "JAVAW=%JAVA_HOME%\bin\javaw.exe"
if not defined JAVA for %%J in (java.exe) do set "JAVA=%%~$PATH:J"
if not defined JAVAW for %%J in (javaw.exe) do set "JAVAW=%%~$PATH:J"
if not defined JAVA goto nojava

set "JVER="
for /f "tokens=3" %%V in ('call "%JAVA%" -version 2^>^&1 ^| findstr /i /c:"version"') do if not defined JVER set "JVER=%%~V"
set "JMAJOR=0"
for /f "delims=.-+_" %%M in ("%JVER%") do set "JMAJOR=%%M"
if "%JMAJOR%"=="1" set "JMAJOR=8"
set /a JMAJOR=%JMAJOR% 2>nul
if %JMAJOR% LSS 17 goto oldjava

rem A small heap and the serial collector: counting 2,000 ballots stays under 100 MB resident. The JVM's notes about
rem class-data archives never reach the console (a stale archive is simply not used). The archive is patched for a
rem random place as the JVM starts, rather than mapped where it was made to be (see the launcher "tinnhiem").
set "JOPTS=-XX:TieredStopAtLevel=1 -XX:C1MaxInlineSize=20 -Xshare:auto -Xmx96m -XX:+UseSerialGC -XX:-UsePerfData -XX:+UnlockDiagnosticVMOptions -XX:ArchiveRelocationMode=1 -Xlog:cds=off -Xlog:cds+dynamic=off"
rem On two processors or fewer, one compiler thread: the second took the other core from the count (see "tinnhiem").
if defined NUMBER_OF_PROCESSORS if %NUMBER_OF_PROCESSORS% LEQ 2 set "JOPTS=%JOPTS% -XX:CICompilerCount=1"

rem tinnhiem's own class-data archive, data\tinnhiem.jsa (see the launcher "tinnhiem" for the why): used only while
rem the stamp beside it names this jar (size and time), this Java and the archive's own size; otherwise made anew by
rem a training run in the background, checked by a JVM that must map it, and moved into place whole.
set "JSA=%DIR%data\tinnhiem.jsa"
set "WANT="
for %%F in ("%JAR%") do set "WANT=%%~zF %%~tF %JAVA%"
if "%~1"==":train" goto train
if defined TINNHIEM_NO_CDS goto cdsdone
set "HAVE="
if exist "%JSA%.stamp" set /p HAVE=<"%JSA%.stamp"
set "JSASIZE="
if exist "%JSA%" for %%F in ("%JSA%") do set "JSASIZE=%%~zF"
if not exist "%JSA%" goto makecds
if not "%HAVE%"=="%WANT% %JSASIZE%" goto makecds
set JOPTS=%JOPTS% -XX:SharedArchiveFile="%JSA%"
goto cdsdone
:makecds
if exist "%DIR%data\" start "" /b /low cmd /d /c call "%~f0" :train >nul 2>&1
:cdsdone

set "MODE=window"
for %%A in (%*) do (
    for %%S in (new report minutes verify restore bench help --help -h --version -V) do (
        if /i "%%~A"=="%%S" set "MODE=console"
    )
)

if "%MODE%"=="console" goto console
if not defined JAVAW set "JAVAW=%JAVA%"
start "tinnhiem" "%JAVAW%" %JOPTS% -Dtinnhiem.home="%DIR%." -Dfile.encoding=UTF-8 -jar "%JAR%" --window %*
exit /b 0

:console
"%JAVA%" %JOPTS% -Dtinnhiem.home="%DIR%." -Dfile.encoding=UTF-8 -jar "%JAR%" %*
exit /b %ERRORLEVEL%

:train
rem One training run at a time: this one holds data\tinnhiem.jsa.lock open (handle 9) until it ends, killed or
rem not; a launch meanwhile cannot open it and leaves at once, in silence.
2>nul (
    9>"%JSA%.lock" (
        call :trainonce
    )
)
exit /b 0

:trainonce
set "PART=%JSA%.%RANDOM%.part"
"%JAVA%" %JOPTS% -XX:ArchiveClassesAtExit="%PART%" -XX:ErrorFile=NUL -Dfile.encoding=UTF-8 -cp "%JAR%" vn.tinnhiem.cli.bench.Training "%JSA%" >nul 2>&1 || goto trainfailed
"%JAVA%" %JOPTS% -Xshare:on -XX:SharedArchiveFile="%PART%" -XX:ErrorFile=NUL -XX:-CreateCoredumpOnCrash -cp "%JAR%" vn.tinnhiem.cli.bench.JvmFloor >nul 2>&1 || goto trainfailed
set "PSIZE="
for %%F in ("%PART%") do set "PSIZE=%%~zF"
>"%JSA%.stamp" echo %WANT% %PSIZE%
move /y "%PART%" "%JSA%" >nul 2>&1
:trainfailed
del /q "%PART%" >nul 2>&1
exit /b 0

:nojava
echo tinnhiem: cần Java 17 trở lên, nhưng máy này không có Java (không thấy JAVA_HOME, không thấy java trên PATH).
echo           Cài Java 17 (ví dụ Eclipse Temurin 17) rồi chạy lại.
echo tinnhiem: Java 17 or later is needed, and this computer has none (no JAVA_HOME, no java on the PATH).
echo           Install Java 17 (Eclipse Temurin 17, say) and run this again.
if "%~1"=="" pause
exit /b 1

:oldjava
echo tinnhiem: cần Java 17 trở lên; Java tìm thấy là bản %JVER% (%JAVA%).
echo tinnhiem: Java 17 or later is needed; the Java found is %JVER% (%JAVA%).
if "%~1"=="" pause
exit /b 1
