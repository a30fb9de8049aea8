# Build: Maven on a JDK 21; the toolchains plugin finds that JDK.
FROM maven:3.9-eclipse-temurin-21 AS build
WORKDIR /src
COPY pom.xml ./
COPY bot/pom.xml bot/
COPY bot/src bot/src
COPY config config
COPY content content
RUN mvn -B -ntp -q package -DskipTests

# Run: a JRE 21, a user without privileges, data in a volume, the token only from the environment.
FROM eclipse-temurin:21-jre
RUN groupadd --system bot && useradd --system --gid bot --uid 10001 --home-dir /app --no-create-home bot \
    && mkdir -p /app /data && chown bot:bot /data
COPY --from=build /src/bot/target/relactation-bot.jar /app/relactation-bot.jar
USER bot
ENV DATA_DIR=/data
VOLUME ["/data"]
# Webhook mode (WEBHOOK_PORT) and the operator endpoints (OPERATIONS_PORT), when they are set to these.
EXPOSE 8080 9090
# --telegram: in a container a missing BOT_TOKEN is an error, not a reason to open a console chat.
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/relactation-bot.jar", "--telegram"]
