-- Alert tokens and rate-limit counts are now stored as HMACs under the installation's key
-- (lib/alerts/tokens.ts). Tokens already sent in mail were stored as plain sha256: they are marked
-- unkeyed and keep working (a manage or unsubscribe link in an old message must not die). Every
-- token made from now on is keyed.
ALTER TABLE "AlertToken" ADD COLUMN "keyed" BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE "AlertToken" ALTER COLUMN "keyed" SET DEFAULT true;

-- Sign-up counts matter for an hour and were plain hashes of addresses: dropped rather than kept.
DELETE FROM "AlertSignup";

-- The hourly cap on confirmation mail counts queued confirmations by time.
CREATE INDEX "AlertMessage_purpose_createdAt_idx" ON "AlertMessage"("purpose", "createdAt");

-- The purge of unconfirmed alerts (7 days) looks for old unconfirmed rows.
CREATE INDEX "Alert_createdAt_idx" ON "Alert"("createdAt");
