-- Issue 26: every lookup /go makes served by an index. UIN and source-address lookups read every
-- record before (lib/db/references.ts).

-- /go?ref=HL5777: the question numbers a record lists ("HL5777, HL5778"), split as the lookup
-- splits them (findRecordsByUin matches with @>, which GIN serves). Not expressible in
-- schema.prisma (an expression index), so it lives here only. Partial, as most records have no UIN.
-- The separators are comma, semicolon and space: the semicolon written \x3b, because prisma migrate
-- splits a migration into statements at every semicolon, even one inside quotes or a comment.
CREATE INDEX "Record_uin_numbers_idx" ON "Record" USING GIN ((regexp_split_to_array(upper(btrim("uin")), '[,\x3b[:space:]]+')))
  WHERE "uin" IS NOT NULL;

-- /go?ref=https://…: records by the address they were read from.
CREATE INDEX "Record_sourceUrl_idx" ON "Record"("sourceUrl");

-- /go?ref=…/pbc/…/05-0_2009-10-27a.2.2: a Public Bill Committee address names only the end of a
-- gid, so those lookups match the reversed source id's start (findBySourceId with a suffix).
-- text_pattern_ops: LIKE 'abc%' uses the index whatever the database's collation.
CREATE INDEX "Contribution_sourceId_reversed_idx" ON "Contribution" (reverse("sourceId") text_pattern_ops);
CREATE INDEX "Record_sourceId_reversed_idx" ON "Record" (reverse("sourceId") text_pattern_ops);
