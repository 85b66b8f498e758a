# Sourced by the backlog scripts: starts the service of a checkout on a backlog database and waits until it is ready.
#
#   start_backlog_service CHECKOUT DB URL LOG [ENV=VALUE …]   sets $pid; kills the service when the script exits
#   wait_until_ready URL LOG                                    polls POST /api/auth/login until it answers 200

# The service (Release build) at the product clock the seed printed (DB.clock), Development, no demo applications.
start_backlog_service() {
  local checkout=$1 db=$2 url=$3 log=$4; shift 4
  (cd "$checkout/src/RegistrationFlow.Web" && exec env DOTNET_GCgen0size=0x4000000 ASPNETCORE_ENVIRONMENT=Development \
    ConnectionStrings__Registration="Data Source=$db" \
    Clock__StartAt="$(cat "$db.clock")" Clock__Rate=1 \
    Seed__DemoApplications=false \
    Workflows__Path="$checkout/workflows" \
    Logging__LogLevel__Default=Warning \
    "$@" \
    dotnet bin/Release/net10.0/RegistrationFlow.Web.dll --urls "$url") >"$log" 2>&1 &
  pid=$!
  trap 'kill $pid 2>/dev/null || true' EXIT
}

wait_until_ready() {
  local url=$1 log=$2
  until curl -s -o /dev/null -w '%{http_code}' -H 'Content-Type: application/json' \
          -d '{"userName":"manager","password":"Demo-Pass-1"}' "$url/api/auth/login" | grep -q 200; do
    ps -o stat= -p "$pid" | grep -qv Z || { echo "the service stopped:"; tail -n 20 "$log"; exit 1; }
    sleep 0.05
  done
}
