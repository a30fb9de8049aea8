# Build: Maven on a JDK 25 (the code targets Java 21; the toolchains plugin finds the JDK). The start-up cache is
# made below, by the runtime image's own JVM: a cache only works for the JVM build that made it.
FROM maven:3.9-eclipse-temurin-25 AS build
WORKDIR /src
COPY pom.xml ./
COPY bot/pom.xml bot/
COPY bot/src bot/src
COPY config config
COPY content content
RUN mvn -B -ntp -q package -DskipTests -Dstartup.cache.skip=true

# Run: a JRE 25 (for its AOT cache), a user without privileges, data in a volume, the token only from the environment.
FROM eclipse-temurin:25-jre
RUN groupadd --system bot && useradd --system --gid bot --uid 10001 --home-dir /app --no-create-home bot \
    && mkdir -p /app /data && chown bot:bot /data
COPY --from=build /src/bot/target/relactation-bot.jar /app/relactation-bot.jar
# The JVM options run.sh uses too (a heap sized for a 512 MB container), and the start-up cache: a training run of
# the console chat on this JRE, as the Maven build does (bot/src/build/start-up-cache.sh), kept in the image.
COPY config/jvm.options /app/jvm.options
COPY bot/src/build/java.sh bot/src/build/start-up-cache.sh bot/src/build/training-chat.txt /app/build/
RUN JVM_OPTIONS=/app/jvm.options bash /app/build/start-up-cache.sh /app/relactation-bot.jar && rm -rf /app/build
USER bot
ENV DATA_DIR=/data
VOLUME ["/data"]
# Webhook mode (WEBHOOK_PORT) and the operator endpoints (OPERATIONS_PORT), when they are set to these.
EXPOSE 8080 9090
# --telegram: in a container a missing BOT_TOKEN is an error, not a reason to open a console chat.
ENTRYPOINT ["java", "@/app/jvm.options", "-XX:AOTCache=/app/relactation-bot.aot", "-Xlog:aot=off", "-Xlog:cds=off", \
            "-jar", "/app/relactation-bot.jar", "--telegram"]
