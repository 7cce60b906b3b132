import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Contribution } from '@/components/record/contribution';
import { RecordHeader } from '@/components/record/record-header';
import { getRecordView } from '@/lib/db/queries';
import { idParamSchema } from '@/lib/route-params';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ id: string }> };

async function load(params: Props['params']) {
  const parsed = idParamSchema.safeParse((await params).id);
  return parsed.success ? getRecordView(parsed.data) : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const record = await load(params);
  return record ? { title: record.title, alternates: { canonical: record.url } } : { title: 'Not found' };
}

export default async function RecordPage({ params }: Props) {
  const record = await load(params);
  if (!record) notFound();
  return (
    <div>
      <RecordHeader record={record} />
      <section aria-label="Contributions">
        {record.contributions.length ? (
          record.contributions.map((c) => <Contribution key={c.id} contribution={c} record={record} />)
        ) : (
          <p className="italic text-stone-600">This record has no contributions.</p>
        )}
      </section>
    </div>
  );
}
