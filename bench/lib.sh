# Sourced by bench/load and bench/soak: picks a JDK >= 21, builds the jar if it is missing, and starts the local
# server on a free port in the background (SERVER_PID, BASE), stopping it when the script exits.
set -euo pipefail
cd "$(dirname "$0")/.."
. bin/jdk.sh
OUT=target/bench
mkdir -p "$OUT"
SERVER_JAVA_OPTS=${SERVER_JAVA_OPTS:--Xmx1g}

ensure_jar() {
  if [ ! -f target/quickcite.jar ]; then
    echo "bench: target/quickcite.jar is missing; building it (mvn -B -q package -DskipTests)"
    mvn -B -q package -DskipTests
  fi
}

# A port nothing listens on (bash's /dev/tcp: a refused connection means free).
free_port() {
  local p
  for _ in $(seq 1 50); do
    p=$(( 20000 + RANDOM % 40000 ))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then
      echo "$p"
      return
    fi
  done
  echo "bench: no free port found" >&2
  return 1
}

stop_server() {
  if [ -n "${SERVER_PID:-}" ] && kill -0 "$SERVER_PID" 2>/dev/null; then
    kill "$SERVER_PID" 2>/dev/null || true
    wait "$SERVER_PID" 2>/dev/null || true
  fi
}

# Starts `java -jar target/quickcite.jar serve`; its stdout (one event line per request) goes to $OUT/events.log.
start_server() {
  ensure_jar
  PORT=$(free_port)
  BASE="http://127.0.0.1:$PORT"
  # shellcheck disable=SC2086
  PORT=$PORT "$JAVA_HOME/bin/java" $SERVER_JAVA_OPTS -jar target/quickcite.jar serve >"$OUT/events.log" 2>"$OUT/server.err" &
  SERVER_PID=$!
  trap stop_server EXIT INT TERM
  echo "bench: server pid $SERVER_PID on $BASE ($SERVER_JAVA_OPTS; JDK $JAVA_HOME; $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg))"
}

# Runs the load generator against $BASE; extra arguments go to it.
load_gen() {
  "$JAVA_HOME/bin/java" bench/LoadGen.java --base "$BASE" --questions src/test/resources/eval/dev.jsonl "$@"
}

# Compiles the main and test sources (src/bench/java is a test source root) and prints the classpath the benchmarks
# under src/bench/java run with: target/test-classes, target/classes (with the packaged index) and every test-scope
# dependency, JMH included.
bench_classpath() {
  mvn -B -q test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$OUT/classpath.txt" >&2
  echo "target/test-classes:target/classes:$(cat "$OUT/classpath.txt")"
}

# The JVM flags infra/ ships to Lambda (JAVA_TOOL_OPTIONS of the answer function), so benches run the JVM as deployed:
# the resource infra reads them from, one flag per line, "#" lines and blank lines left out.
infra_java_options() {
  grep -v -e '^[[:space:]]*#' -e '^[[:space:]]*$' infra/src/main/resources/io/quickcite/infra/jvm-flags.txt | paste -sd' ' -
}
