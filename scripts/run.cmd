@echo off
rem Starts the ShopDesk till on Windows. Builds the self-contained jar first if it is missing (or SHOPDESK_REBUILD=1).
rem Arguments go to the till: --config FILE, --data-dir DIR, --key=value (e.g. --db.dialect=h2).
rem Data, logs and backups live in %LOCALAPPDATA%\ShopDesk unless --data-dir says otherwise.
rem Needs JDK 17+ and Maven on PATH. Written beside scripts/run; not yet run on Windows (README says so).
setlocal
set "ROOT=%~dp0.."
set "JAR="
for %%f in ("%ROOT%\client\target\shopdesk-client-*-all.jar") do set "JAR=%%~ff"
if "%SHOPDESK_REBUILD%"=="1" set "JAR="
if defined JAR goto run
echo Building the till (first run only)... 1>&2
pushd "%ROOT%" || exit /b 1
call mvn -B -ntp -q package -pl client -am -DskipTests || (popd & exit /b 1)
popd
for %%f in ("%ROOT%\client\target\shopdesk-client-*-all.jar") do set "JAR=%%~ff"
:run
java -Xms64m %SHOPDESK_JAVA_OPTS% -jar "%JAR%" %*
exit /b %ERRORLEVEL%
