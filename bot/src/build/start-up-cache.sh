#!/usr/bin/env bash
# Makes the bot's start-up cache next to the jar, with the Java that run.sh would run it on (or JAVA): a training
# run of the console chat (start-up, onboarding, logs, questions, commands: training-chat.txt) on a throwaway
# database, with the bot's JVM options (config/jvm.options, or JVM_OPTIONS), recorded as
#   - an AOT cache (JEP 483/514/515: classes loaded and linked ahead, method profiles) on Java 25 or newer:
#     relactation-bot.aot, used with -XX:AOTCache=...;
#   - a dynamic class data sharing archive (AppCDS) on Java 21-24: relactation-bot.jsa, -XX:SharedArchiveFile=....
# A cache only works for the JVM build that made it (another one ignores it and starts without), so the Maven
# build (package) makes one, and the Docker image makes its own on its runtime JRE.
#   usage: start-up-cache.sh JAR
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=java.sh
. "$here/java.sh"
JAR=$1
JAVA=${JAVA:-$(find_java)} || { echo "No Java 21+ for the start-up cache" >&2; exit 1; }
dir=$(cd "$(dirname "$JAR")" && pwd)
version=$(java_version "$JAVA")
rm -f "$dir/relactation-bot.aot" "$dir/relactation-bot.jsa"
if [ "$version" -ge 25 ]; then
  record=(-XX:AOTCacheOutput="$dir/relactation-bot.aot" -Xlog:aot=error)
else
  record=(-XX:ArchiveClassesAtExit="$dir/relactation-bot.jsa")
fi
data=$(mktemp -d)
trap 'rm -rf "$data"' EXIT
options=${JVM_OPTIONS:-$here/../../../config/jvm.options}
# JAVA_TOOL_OPTIONS: the JDK hands the recording to a second JVM through it, which prints it; kept out of the log.
DATA_DIR="$data" BOT_TOKEN='' LOG_LEVEL=ERROR "$JAVA" "@$options" "${record[@]}" -Xlog:cds=error \
  -jar "$JAR" --console --user 1 < "$here/training-chat.txt" > /dev/null 2> "$data/training.log" \
  || { cat "$data/training.log" >&2; exit 1; }
echo "Start-up cache for Java $version ($JAVA): $(ls "$dir"/relactation-bot.aot "$dir"/relactation-bot.jsa 2>/dev/null)"
