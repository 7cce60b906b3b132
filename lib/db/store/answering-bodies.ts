/**
 * Answering departments by Parliament's id (AnsweringBody): a department renamed in place keeps its
 * `answeringBodyId`, so all its records are shown under its newest name and its questions stay
 * together in the department facet and filter. The newest name is the one
 * given on the latest day; when it changes, every record of that department takes it and goes back
 * to the index.
 */
import type { Db } from '../client';

/** Notes `name` as the department's name on `asOf`, and returns its newest name (this one unless a later day named it otherwise). */
export async function currentDepartmentName(db: Db, given: { id: number; name: string; asOf: string }): Promise<string> {
  const asOf = new Date(`${given.asOf}T00:00:00Z`);
  return db.$transaction(async (tx) => {
    const known = await tx.answeringBody.findUnique({ where: { id: given.id } });
    if (known && (known.name === given.name || known.nameAsOf > asOf)) return known.name;
    await tx.answeringBody.upsert({
      where: { id: given.id },
      create: { id: given.id, name: given.name, nameAsOf: asOf },
      update: { name: given.name, nameAsOf: asOf },
    });
    if (known) {
      // Renamed: the department's stored records take the new name and are indexed again with it.
      await tx.$executeRaw`UPDATE "SourceDocument" SET "indexedAt" = NULL
        WHERE id IN (SELECT "documentId" FROM "Record" WHERE "departmentId" = ${given.id} AND department IS DISTINCT FROM ${given.name})`;
      await tx.record.updateMany({ where: { departmentId: given.id, NOT: { department: given.name } }, data: { department: given.name } });
    }
    return given.name;
  });
}
