import { NotFoundMessage } from '@/components/not-found/not-found-message';
import { SITTING_DAY_NOT_FOUND } from '@/lib/http/not-found-page';

export default function SittingDayNotFound() {
  return <NotFoundMessage page={SITTING_DAY_NOT_FOUND} />;
}
