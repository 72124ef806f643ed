# syntax=docker/dockerfile:1
# One small image, two programs: isa-sidecar (injected next to apps) and isa-injector (the
# admission webhook). Build: docker build -t ghcr.io/isa-cloud/isa-sidecar:0.1.0 .
# The runtime is distroless: node and the app, no shell, no package manager, uid 65532.

FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
# --ignore-scripts: `prepare` would compile before the sources are copied; that comes below.
RUN npm ci --ignore-scripts --no-audit --no-fund
COPY tsconfig.json ./
COPY bin bin
COPY proto proto
COPY shared shared
COPY sidecar sidecar
COPY injector injector
RUN npx tsc -p tsconfig.json && npm prune --omit=dev --ignore-scripts --no-audit --no-fund
# Launchers with an absolute interpreter: distroless has no /usr/bin/env for the bin/ shebangs.
RUN mkdir -p /out/usr/local/bin \
 && printf '#!/nodejs/bin/node\nrequire("/app/dist/sidecar/cli.js").main(process.argv);\n' > /out/usr/local/bin/isa-sidecar \
 && printf '#!/nodejs/bin/node\nrequire("/app/dist/injector/cli.js").main(process.argv);\n' > /out/usr/local/bin/isa-injector \
 && chmod 0755 /out/usr/local/bin/isa-sidecar /out/usr/local/bin/isa-injector

FROM gcr.io/distroless/nodejs20-debian12:nonroot
WORKDIR /app
ENV NODE_ENV=production \
    PATH=/usr/local/bin:/nodejs/bin:/usr/bin:/bin
COPY --from=build /app/package.json ./package.json
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/proto ./proto
COPY --from=build /app/dist/shared ./dist/shared
COPY --from=build /app/dist/sidecar ./dist/sidecar
COPY --from=build /app/dist/injector ./dist/injector
COPY --from=build /out/usr/local/bin/ /usr/local/bin/
# Numeric, so Kubernetes can verify runAsNonRoot.
USER 65532:65532
# The injected sidecar and the injector Deployment both set their command explicitly;
# this default serves a bare `docker run`.
ENTRYPOINT ["isa-sidecar"]
CMD ["serve"]
