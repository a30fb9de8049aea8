# Sourced by run.sh and start-up-cache.sh: finds the Java 21+ that runs the bot, the same way for both, so that the
# start-up cache the build makes is made by the JVM that will use it.

java_version() { # prints the major version of the java binary $1, or nothing
  "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = \([0-9]*\).*/\1/p'
}

find_java() { # JAVA_HOME, then java on the PATH, then /usr/lib/jvm/*: the first of version 21 or newer
  local candidate
  for candidate in "${JAVA_HOME:+$JAVA_HOME/bin/java}" "$(command -v java || true)" /usr/lib/jvm/*/bin/java; do
    if [ -n "$candidate" ] && [ -x "$candidate" ]; then
      local version; version=$(java_version "$candidate")
      if [ -n "$version" ] && [ "$version" -ge 21 ]; then echo "$candidate"; return 0; fi
    fi
  done
  return 1
}
