#!/usr/bin/env bash
# Builds the function jar and the widget, then deploys Quickcite with the AWS CDK (see infra/README.md).
set -euo pipefail

usage() {
  cat <<'EOF'
Usage: infra/deploy.sh [--config FILE] [--dry-run] [--skip-build] [-- CDK_ARGS...]

  --config FILE   deployment config (default: infra/quickcite.json)
  --dry-run       build, synthesize into infra/cdk.out and run the security checks (cdk-nag, cfn-guard);
                  offline, no AWS account or credentials used
  --skip-build    use the jar and widget already built (target/quickcite.jar, widget-embed/dist)
  -- CDK_ARGS     passed on to 'cdk deploy', e.g. -- --require-approval never

Needs a JDK 21+ (found under /usr/lib/jvm, or set JAVA_HOME), Maven and Node.js 20+. The CDK CLI and cfn-guard are the versions pinned in infra/package.json.
EOF
}

die() { echo "deploy.sh: $*" >&2; exit 1; }
step() { echo "==> $*" >&2; }

infra="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(dirname "$infra")"
config="$infra/quickcite.json"
jar="$repo/target/quickcite.jar"
dist="$repo/widget-embed/dist"
dry_run=false
build=true
cdk_args=()

while [ $# -gt 0 ]; do
  case "$1" in
    --dry-run) dry_run=true ;;
    --skip-build) build=false ;;
    --config) [ $# -ge 2 ] || die "--config needs a file"; config="$2"; shift ;;
    --config=*) config="${1#--config=}" ;;
    -h|--help) usage; exit 0 ;;
    --) shift; cdk_args=("$@"); break ;;
    *) die "unknown option '$1' (see --help)" ;;
  esac
  shift
done

[ -f "$config" ] || die "Config file not found: $config"
config="$(cd "$(dirname "$config")" && pwd)/$(basename "$config")"

# The repository's JDK picker (also used by bin/test) exports JAVA_HOME for a JDK 21+, if one is installed.
if [ -f "$repo/bin/jdk.sh" ]; then
  . "$repo/bin/jdk.sh" || die "needs a JDK 21 or newer: install one or set JAVA_HOME"
fi
java_bin="${JAVA_HOME:+$JAVA_HOME/bin/}java"
java_version="$("$java_bin" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2}')" || true
[ "${java_version%%.*}" -ge 21 ] 2>/dev/null || die "needs a JDK 21 or newer, found '${java_version:-no java}': set JAVA_HOME"
command -v mvn >/dev/null || die "needs Maven (mvn) on PATH"
command -v node >/dev/null || die "needs Node.js 20 or newer on PATH"
node_major="$(node -p 'process.versions.node.split(".")[0]')"
[ "$node_major" -ge 20 ] || die "needs Node.js 20 or newer, found $(node --version)"

# jsii (the CDK's Java bridge) warns on Node versions past end of life; the CLI must not phone home.
export JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION="${JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION:-$node_major}"
export CDK_DISABLE_CLI_TELEMETRY=true
export CDK_DISABLE_VERSION_CHECK=true

if $build; then
  step "Building the function jar"
  (cd "$repo" && mvn -B -q package -DskipTests)
  [ -f "$repo/widget-embed/package.json" ] || die "widget-embed/package.json not found: cannot build the widget"
  step "Building the widget"
  (cd "$repo/widget-embed" && npm ci --no-audit --no-fund && npm run build)
fi

# The CDK app checks these too (and the tests prove it); checking here fails before Maven and jsii start.
[ -f "$jar" ] || die "Function jar not found: $jar. Build it first, from the repository root: mvn -B package -DskipTests"
[ -d "$dist" ] || die "Widget build not found: $dist. Build it first: cd widget-embed && npm ci && npm run build"
for file in quickcite.js quickcite.mjs; do
  [ -f "$dist/$file" ] || die "Widget build $dist has no $file. Rebuild it: cd widget-embed && npm ci && npm run build"
done

# The CDK CLI and cfn-guard (for the dry run's security checks), at the versions infra/package.json pins.
stale="$(node -p "const dir = process.argv[1], deps = require(dir + '/package.json').devDependencies;
  Object.keys(deps).filter(name => {
    try { return require(dir + '/node_modules/' + name + '/package.json').version !== deps[name]; }
    catch (e) { return true; }
  }).join(' ')" "$infra")"
if [ -n "$stale" ]; then
  step "Installing the pinned npm packages ($stale)"
  (cd "$infra" && npm ci --no-audit --no-fund)
fi

cdk="$infra/node_modules/.bin/cdk"
cd "$infra"
rm -rf "$infra/cdk.out"  # so the summary below lists only this run's templates
if $dry_run; then
  step "Synthesizing into infra/cdk.out (config: $config)"
  # No credentials and no instance metadata: the dry run never talks to AWS, whoever runs it.
  env -u AWS_PROFILE -u AWS_ACCESS_KEY_ID -u AWS_SECRET_ACCESS_KEY -u AWS_SESSION_TOKEN \
      -u AWS_CONTAINER_CREDENTIALS_RELATIVE_URI -u AWS_CONTAINER_CREDENTIALS_FULL_URI \
      AWS_EC2_METADATA_DISABLED=true AWS_CONFIG_FILE=/dev/null AWS_SHARED_CREDENTIALS_FILE=/dev/null \
      "$cdk" synth --quiet --no-notices --output "$infra/cdk.out" -c config="$config"
  node -e '
    const fs = require("fs"), path = require("path");
    const dir = process.argv[1];
    for (const file of fs.readdirSync(dir).filter(f => f.endsWith(".template.json"))) {
      const types = {};
      for (const r of Object.values(JSON.parse(fs.readFileSync(path.join(dir, file))).Resources)) {
        types[r.Type] = (types[r.Type] || 0) + 1;
      }
      console.log("Synthesized infra/cdk.out/" + file + ":");
      for (const [type, n] of Object.entries(types).sort()) console.log("  " + n + " x " + type);
    }' "$infra/cdk.out"
  step "Security checks: cdk-nag AwsSolutions (run during synth) and cfn-guard (Control Tower rules)"
  # Fails the dry run on any unsuppressed finding; README.md lists each suppression and why.
  mvn -B -q exec:java -Dexec.mainClass=io.quickcite.infra.SecurityReport -Dexec.args=cdk.out
else
  step "Deploying (config: $config)"
  "$cdk" deploy --no-notices --output "$infra/cdk.out" --outputs-file "$infra/cdk.out/outputs.json" \
      -c config="$config" "${cdk_args[@]}"
  step "Outputs (API URL, widget URL, embed snippets) saved in infra/cdk.out/outputs.json"
fi
