import { NotFoundMessage } from '@/components/not-found/not-found-message';
import { REFERENCE_NOT_FOUND } from '@/lib/http/not-found-page';

/** /go with a reference that matches nothing we hold, or text that is no reference we can read. */
export default function ReferenceNotFound() {
  return <NotFoundMessage page={REFERENCE_NOT_FOUND} />;
}
