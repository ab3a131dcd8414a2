# Multi-stage build of the Next.js + Payload app as Next "standalone" output.
FROM node:20-bookworm-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund

FROM node:20-bookworm-slim AS build
WORKDIR /app
# The public address at build time decides the static security headers (HSTS for https).
ARG NEXT_PUBLIC_SERVER_URL=http://localhost:3000
ENV NEXT_OUTPUT=standalone NEXT_TELEMETRY_DISABLED=1 NEXT_PUBLIC_SERVER_URL=$NEXT_PUBLIC_SERVER_URL
COPY --from=deps /app/node_modules ./node_modules
COPY . .
RUN npm run build

FROM node:20-bookworm-slim AS run
WORKDIR /app
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1 PORT=3000 HOSTNAME=0.0.0.0
COPY --from=build /app/.next/standalone ./
COPY --from=build /app/.next/static ./.next/static
COPY --from=build /app/public ./public
RUN mkdir -p data/media && chown -R node:node data
USER node
EXPOSE 3000
CMD ["node", "server.js"]
