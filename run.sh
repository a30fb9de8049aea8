#!/usr/bin/env bash
# Runs Relactation Bot. Builds the jar first when the sources are newer than it, then starts it on a JDK 21+.
#   ./run.sh                 no BOT_TOKEN: a local console chat on the embedded database
#   BOT_TOKEN=... ./run.sh   the Telegram bot (long polling)
#   ./run.sh --console --user 2 --lang es
set -euo pipefail
cd "$(dirname "$0")"

java_version() { # prints the major version of the java binary $1, or nothing
  "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = \([0-9]*\).*/\1/p'
}

find_java() {
  local candidate
  for candidate in "${JAVA_HOME:+$JAVA_HOME/bin/java}" "$(command -v java || true)" /usr/lib/jvm/*/bin/java; do
    if [ -n "$candidate" ] && [ -x "$candidate" ]; then
      local version; version=$(java_version "$candidate")
      if [ -n "$version" ] && [ "$version" -ge 21 ]; then echo "$candidate"; return 0; fi
    fi
  done
  return 1
}

if ! JAVA=$(find_java); then
  echo "Relactation Bot needs Java 21 or newer. Install a JDK 21+ (for example Temurin 21) and set JAVA_HOME." >&2
  exit 1
fi

JAR=bot/target/relactation-bot.jar
if [ ! -f "$JAR" ] || [ -n "$(find pom.xml bot/pom.xml bot/src/main config content -newer "$JAR" -print -quit)" ]; then
  echo "Building the bot (first run downloads dependencies from Maven Central)..." >&2
  mvn -q -B package -DskipTests >&2
fi

# Class data sharing: the first run writes an archive of the loaded classes next to the jar (rebuilt with the
# jar), later runs map it and start faster. Nothing else changes; delete the .jsa file to drop it.
exec "$JAVA" -XX:+AutoCreateSharedArchive -XX:SharedArchiveFile="${JAR%.jar}.jsa" -Xlog:cds=off -Xlog:cds+dynamic=off \
  -jar "$JAR" "$@"
