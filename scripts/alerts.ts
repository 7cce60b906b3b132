/** `npm run alerts` (for cron): queues every due alert digest and sends the outbox. Exit 1 if a message could not be sent. */
import { deliverAlertsFromCommand, formatDeliverySummary } from '../lib/alerts/run';
import { openRuntime } from '../lib/runtime';
import { runCommand } from './support/cli';

await runCommand('alerts', async () => {
  const runtime = await openRuntime();
  try {
    const summary = await deliverAlertsFromCommand(runtime);
    console.log(formatDeliverySummary(summary));
    return summary.sending.retrying || summary.sending.failed ? 1 : 0;
  } finally {
    await runtime.close();
  }
});
