import { NotFoundMessage } from '@/components/not-found/not-found-message';
import { PAGE_NOT_FOUND } from '@/lib/http/not-found-page';

export default function NotFound() {
  return <NotFoundMessage page={PAGE_NOT_FOUND} />;
}
