# Sourced by bin/serve and bin/test: exports JAVA_HOME pointing at a JDK >= 21 (Lucene 10 needs 21),
# preferring $JAVA_HOME, then the java on PATH, then any JDK under /usr/lib/jvm or ~/.sdkman.
java_major() {
  "$1/bin/java" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2; exit}' | cut -d. -f1
}
pick_jdk() {
  local candidates=()
  [ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME")
  if command -v javac >/dev/null 2>&1; then
    candidates+=("$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")")
  fi
  for d in /usr/lib/jvm/* "$HOME"/.sdkman/candidates/java/* /opt/java/* /Library/Java/JavaVirtualMachines/*/Contents/Home; do
    [ -d "$d" ] && candidates+=("$d")
  done
  local best="" best_major=0
  for d in "${candidates[@]}"; do
    [ -x "$d/bin/java" ] && [ -x "$d/bin/javac" ] || continue
    local m; m=$(java_major "$d")
    if [ -n "$m" ] && [ "$m" -ge 21 ] && [ "$m" -gt "$best_major" ]; then best="$d"; best_major=$m; fi
  done
  if [ -z "$best" ]; then
    echo "quickcite: no JDK 21 or newer found (checked JAVA_HOME, PATH, /usr/lib/jvm). Install one, e.g. Temurin 21+, and retry." >&2
    return 1
  fi
  export JAVA_HOME="$best"
  export PATH="$JAVA_HOME/bin:$PATH"
}
pick_jdk
