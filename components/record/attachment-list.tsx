import type { RecordView } from '@/lib/db/pages';

type Attachment = NonNullable<NonNullable<RecordView['question']>['attachments']>[number];

/** " (PDF, 120 KB)", or nothing when the source gives neither. */
function describeAttachment(a: Attachment): string {
  const facts = [a.fileType, a.fileSizeBytes != null ? `${Math.max(1, Math.round(a.fileSizeBytes / 1024))} KB` : null].filter(Boolean);
  return facts.length ? ` (${facts.join(', ')})` : '';
}

/** The attachments of an answer or a written statement, as links with their type and size when given. */
export function AttachmentList({ attachments }: { attachments: Attachment[] }) {
  return (
    <div className="mt-3 text-sm">
      <h3 className="font-semibold">Attachments</h3>
      <ul className="list-disc pl-5">
        {attachments.map((a) => (
          <li key={a.url}>
            <a href={a.url} className="text-blue-800 underline" rel="noopener noreferrer">
              {a.title ?? a.url}
            </a>
            {describeAttachment(a)}
          </li>
        ))}
      </ul>
    </div>
  );
}
