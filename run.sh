#!/usr/bin/env bash
# Runs Relactation Bot. Builds the jar first when the sources are newer than it, then starts it on a JDK 21+.
#   ./run.sh                 no BOT_TOKEN: a local console chat on the embedded database
#   BOT_TOKEN=... ./run.sh   the Telegram bot (long polling)
#   ./run.sh --console --user 2 --lang es
set -euo pipefail
cd "$(dirname "$0")"
# find_java, java_version: shared with the build's start-up cache (bot/src/build/start-up-cache.sh).
. bot/src/build/java.sh

if ! JAVA=$(find_java); then
  echo "Relactation Bot needs Java 21 or newer. Install a JDK 21+ (for example Temurin 21) and set JAVA_HOME." >&2
  exit 1
fi

JAR=bot/target/relactation-bot.jar
if [ ! -f "$JAR" ] || [ -n "$(find pom.xml bot/pom.xml bot/src/main bot/src/build config content -newer "$JAR" -print -quit)" ]; then
  echo "Building the bot (first run downloads dependencies from Maven Central)..." >&2
  mvn -q -B package -DskipTests >&2
fi

# The JVM options (config/jvm.options: a heap sized for a 512 MB container), and the start-up cache the build made
# next to the jar for this Java: an AOT cache on Java 25+; on 21-24 a class data sharing archive, written anew by
# the JVM itself when it does not fit this Java. A cache made by another JVM build is ignored (the start is slower).
if [ "$(java_version "$JAVA")" -ge 25 ]; then
  cache=(-XX:AOTCache="${JAR%.jar}.aot" -Xlog:aot=off -Xlog:cds=off)
  [ -f "${JAR%.jar}.aot" ] || cache=()
else
  cache=(-XX:+AutoCreateSharedArchive -XX:SharedArchiveFile="${JAR%.jar}.jsa" -Xlog:cds=off -Xlog:cds+dynamic=off)
fi
exec "$JAVA" @config/jvm.options "${cache[@]}" -jar "$JAR" "$@"
