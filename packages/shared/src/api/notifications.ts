import { z } from 'zod';

export const ZNotification = z.object({
  id: z.string(),
  kind: z.string(),
  title: z.string(),
  body: z.string().nullable(),
  link: z.string().nullable(),
  entity: z.string().nullable(),
  entityId: z.string().nullable(),
  /** The unit it was addressed to, if addressed to a unit. */
  unitName: z.string().nullable(),
  createdAt: z.string(),
  read: z.boolean(),
});
export type Notification = z.infer<typeof ZNotification>;

export const ZNotificationQuery = z.object({
  unreadOnly: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .default(false),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});

export const ZUnreadCount = z.object({ unread: z.number().int() });
export const ZMarkReadInput = z.object({
  /** Ids to mark read; omitted = all. */
  ids: z.array(z.string()).max(500).optional(),
});
