@echo off
rem Builds everything and runs every test on Windows (the same command as scripts/test). PostgreSQL tests use
rem SHOPDESK_TEST_PG_URL when set, else an embedded PostgreSQL; window tests need the desktop session.
rem Written beside scripts/test; not yet run on Windows (README says so).
setlocal
pushd "%~dp0.." || exit /b 1
call mvn -B -ntp verify %*
set RC=%ERRORLEVEL%
popd
exit /b %RC%
