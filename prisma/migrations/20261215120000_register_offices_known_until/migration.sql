-- How far the loaded register's open posts are known to be held (issue 29): the pages word an open
-- post's end by it instead of a fixed date. Null for a register imported before this column: the
-- next import (or `npm start`, for the same file) fills it.
ALTER TABLE "MemberRegisterImport" ADD COLUMN "officesKnownUntil" TEXT;
