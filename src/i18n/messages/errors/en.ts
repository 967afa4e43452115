/** Loading, error panels and their actions. Keys start with "errors.". */
export const errorsEn = {
  'errors.loading': 'Loading data…',
  'errors.retry': 'Retry',
  'errors.load.title': 'The data could not be loaded',
  'errors.load': '{message}',
  'errors.offline.title': 'You are offline',
  'errors.offline': 'The data could not be downloaded because this device is offline. It loads by itself when the connection returns; Retry tries again now.',
  'errors.data.invalid': 'The dataset file is not valid.',
  'errors.data.timeout': 'The dataset took too long to download. Retry in a moment.',
  'errors.data.network': 'The dataset could not be downloaded. Check your connection and retry.',
  'errors.data.http': 'The dataset could not be downloaded (HTTP {status}).',
  'errors.data.json': 'The dataset file is not valid JSON.',
  'errors.view.title': 'This view could not be drawn',
  'errors.view': 'Something in this chart failed. The other views are unaffected.',
  'errors.export': 'Export failed: {message}',
  'errors.onDemand': 'This part of the page could not be opened. If you are offline, check your connection and try again.',
  'errors.onDemand.close': 'Close',
};
