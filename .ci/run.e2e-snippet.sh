# --- E2E: the packaged extension in a real VS Code (code-server 4.100.3) driven by headless Chromium -------------
# To merge into .ci/run (bash, as root, from the repository root), after `npm ci` and before `npm test`.
# Needs apt (Debian) and the npm registry.
bash scripts/e2e/setup.sh                # apt chromium etc. + code-server in .cache/e2e: ~1-3 min fresh, <1 s after
npm run package                          # schema-guard.vsix now, so the e2e test does not rebuild it mid-suite
export SCHEMA_GUARD_REQUIRE_E2E=1        # from here on, a missing code-server/Chromium FAILS the e2e test
# The e2e test is part of `node scripts/test.mjs` (all tests; ~15 s); alone: node scripts/test.mjs e2e
# Artifacts: test-output/e2e/*.png, and test-output/e2e/logs/ when it failed.
