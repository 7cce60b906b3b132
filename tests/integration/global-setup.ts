import { exportServices, startTestServices } from '../support/test-services';

export default async function setup() {
  const services = await startTestServices();
  exportServices(services);
  return async () => {
    await services.stop();
  };
}
