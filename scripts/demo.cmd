@echo off
rem The ShopDesk demo on Windows: a seeded demo server (embedded H2) and N tills connected to it.
rem   scripts\demo.cmd              one till
rem   scripts\demo.cmd --tills 2    two tills of the same shop
rem   scripts\demo.cmd --keep       reuse data\demo from the last run
rem Data in data\demo (wiped at each start unless --keep). Close every till window to stop the server.
rem Needs JDK 17+ and Maven on PATH. Not tested on Windows yet (written alongside scripts/demo).
setlocal EnableDelayedExpansion
set "ROOT=%~dp0.."
pushd "%ROOT%" || exit /b 1
set "ROOT=%CD%"
set TILLS=1
set KEEP=0
set PORT=8765
:args
if "%~1"=="" goto parsed
if "%~1"=="--tills" ( set "TILLS=%~2" & shift & shift & goto args )
if "%~1"=="--port" ( set "PORT=%~2" & shift & shift & goto args )
if "%~1"=="--keep" ( set KEEP=1 & shift & goto args )
echo Unknown option %~1 (usage: scripts\demo.cmd [--tills N] [--keep] [--port P]) 1>&2
exit /b 2
:parsed

set "SERVER_JAR="
set "CLIENT_JAR="
for %%f in ("%ROOT%\server\target\shopdesk-server-*-all.jar") do set "SERVER_JAR=%%~ff"
for %%f in ("%ROOT%\client\target\shopdesk-client-*-all.jar") do set "CLIENT_JAR=%%~ff"
if not defined SERVER_JAR goto build
if not defined CLIENT_JAR goto build
goto built
:build
echo Building the server and till jars (first run only, a few minutes)...
call mvn -B -ntp -q package -pl client,server -am -DskipTests || exit /b 1
for %%f in ("%ROOT%\server\target\shopdesk-server-*-all.jar") do set "SERVER_JAR=%%~ff"
for %%f in ("%ROOT%\client\target\shopdesk-client-*-all.jar") do set "CLIENT_JAR=%%~ff"
:built

set "DEMO=%ROOT%\data\demo"
if "%KEEP%"=="0" if exist "%DEMO%" rmdir /s /q "%DEMO%"
if not exist "%DEMO%" mkdir "%DEMO%"

echo Starting the demo server (H2 in %DEMO%\cloud)...
rem A titled window of its own, so it can be found and stopped by its title when the tills close.
start "ShopDesk demo server" /min cmd /c java -Dshopdesk.log.dir="%DEMO%\logs" -cp "%SERVER_JAR%" shopdesk.server.demo.DemoServer --data "%DEMO%" --tills %TILLS% --port %PORT% ^> "%DEMO%\server.out" 2^> "%DEMO%\server.err"
set /a WAITED=0
:wait
if exist "%DEMO%\server.ready" goto ready
set /a WAITED+=1
if %WAITED% GTR 120 ( echo The demo server did not start within 2 minutes; see %DEMO%\server.err & exit /b 1 )
timeout /t 1 /nobreak >nul
goto wait
:ready
type "%DEMO%\banner.txt"
java -Dshopdesk.log.dir="%DEMO%\logs" -cp "%CLIENT_JAR%" shopdesk.client.demo.DemoTill "%DEMO%" || goto stop

rem Tills run in the foreground one after another would block: start all but the last, wait on the last.
for /l %%i in (1,1,%TILLS%) do (
  if %%i LSS %TILLS% start "ShopDesk till %%i" javaw -jar "%CLIENT_JAR%" --data-dir "%DEMO%\till%%i" --sync.poll-interval-ms=3000
)
echo.
echo %TILLS% till window(s) opening. Log in with a demo user above; type a barcode and press Enter.
echo "Work offline" in the status bar queues bills; switch it back to watch them drain.
echo Stop: close the till windows; the server stops when till %TILLS% closes.
java -Xms64m -jar "%CLIENT_JAR%" --data-dir "%DEMO%\till%TILLS%" --sync.poll-interval-ms=3000 > "%DEMO%\till%TILLS%.out" 2>&1
:stop
taskkill /fi "WINDOWTITLE eq ShopDesk demo server*" /t /f >nul 2>&1
echo Demo server stopped.
popd
endlocal
