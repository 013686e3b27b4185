/** Default credentials and sizes of a simulator. Test credentials only: they unlock fake data. */

export const DEFAULT_SEED = 42
export const DEFAULT_API_KEY = 'sim_test_api_key_do_not_use_in_production'
export const DEFAULT_DATA_API_TOKEN = 'sim_test_data_api_token_do_not_use_in_production'
export const DEFAULT_CUSTOMERS = 200
export const MAX_CUSTOMERS = 10_000
export const DEFAULT_MONTHS = 27
