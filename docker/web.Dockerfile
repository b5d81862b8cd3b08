# Parity web: the built Vue app (dist/web) on nginx, with /graphql and /health proxied to the api.
#
# NOTE: the api image alone already serves the web app (WEB_DIST), so the platform works at one address
# without this image. Use it to scale or cache static delivery separately from the api (or put a CDN in
# front of it); it needs an `api` host on port 3000 (see the upstream in docker/nginx.conf).
#
# Build from the repository root:   docker build -f docker/web.Dockerfile -t parity/web .

ARG NODE_IMAGE=node:20-bookworm-slim
ARG NGINX_IMAGE=nginx:1.27-alpine

# ---- deps: every dependency (dev included), only re-run when the manifests change -------------------
FROM ${NODE_IMAGE} AS deps
WORKDIR /app
ENV npm_config_update_notifier=false
COPY package.json package-lock.json ./
# `npm install` (not `npm ci`): keeps the committed lock file and works with the project's registry copy.
RUN --mount=type=cache,target=/root/.npm npm install --no-audit --no-fund

# ---- build: web app only (Vite -> dist/web) ---------------------------------------------------------
FROM deps AS build
COPY . .
RUN npm run build:web

# ---- runtime: nginx as an unprivileged user (uid 101 `nginx`), listening on 8080 ---------------------
FROM ${NGINX_IMAGE} AS runtime
ARG VERSION=0.1.0
ARG REVISION=unknown
LABEL org.opencontainers.image.title="parity-web" \
      org.opencontainers.image.description="Parity e-learning platform: static web app on nginx (proxies /graphql to the api)" \
      org.opencontainers.image.licenses="AGPL-3.0-or-later" \
      org.opencontainers.image.version="${VERSION}" \
      org.opencontainers.image.revision="${REVISION}" \
      org.opencontainers.image.vendor="Parity"
ENV NGINX_ENTRYPOINT_QUIET_LOGS=1
# Our nginx.conf replaces the main config (pid and temp files in /tmp, no `user` directive, port 8080);
# the stock default server is removed so the entrypoint scripts have nothing to rewrite.
RUN rm -f /etc/nginx/conf.d/default.conf \
 && rm -rf /usr/share/nginx/html/* \
 && chown -R 101:101 /var/cache/nginx
COPY docker/nginx.conf /etc/nginx/nginx.conf
COPY --from=build /app/dist/web /usr/share/nginx/html
USER 101:101
EXPOSE 8080
HEALTHCHECK --interval=15s --timeout=5s --start-period=10s --retries=3 \
  CMD ["wget", "-q", "-O", "/dev/null", "http://127.0.0.1:8080/healthz"]
CMD ["nginx", "-g", "daemon off;"]
