# The directory as a container image: Next's standalone output (a server.js
# with only the files it needs), run as an unprivileged user. Opt-in: the
# normal `npm run build` / `npm start` are unchanged (next.config.ts reads
# NEXT_OUTPUT only here). See docs/deploy.md.
#
# NOT TESTED on the machine it was written on: it has the docker client but
# no docker engine. What is tested is the same set-up without containers
# (tests/servers/two-instances.test.ts).
#
#   docker build -t selfhelp-directory .
#   docker build --target build -t selfhelp-directory-tools .   # migrations, seed, keys:rotate

FROM node:20-bookworm-slim AS build
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npx tsx scripts/db/generate.ts \
 && NEXT_OUTPUT=standalone NODE_ENV=production npx next build

FROM node:20-bookworm-slim AS run
WORKDIR /app
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1 PORT=3000 HOSTNAME=0.0.0.0
COPY --from=build --chown=node:node /app/.next/standalone ./
COPY --from=build --chown=node:node /app/.next/static ./.next/static
COPY --from=build --chown=node:node /app/public ./public
# Records each request's TCP peer for the client-address rules (decision 023).
COPY --from=build --chown=node:node /app/scripts/peer-address.mjs ./scripts/peer-address.mjs
USER node
EXPOSE 3000
HEALTHCHECK --interval=10s --timeout=3s CMD node -e "fetch('http://127.0.0.1:3000/favicon.svg').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
# The young generation npm start gives each server (YOUNG_GENERATION in scripts/lib/build.ts, decision 043).
CMD ["node", "--import", "./scripts/peer-address.mjs", "--max-semi-space-size=64", "server.js"]
