export {
  createRedisStore,
  type RedisClientLike,
  type RedisStore,
  type RedisStoreOptions,
} from './createRedisStore.ts'
