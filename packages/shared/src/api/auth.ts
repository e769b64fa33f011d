import { z } from 'zod';
import { ROLES } from '../enums';

export const ZLoginInput = z.object({
  username: z.string().trim().min(1, 'Nhập tên đăng nhập.').max(100),
  password: z.string().min(1, 'Nhập mật khẩu.').max(200),
});
export type LoginInput = z.infer<typeof ZLoginInput>;

export const ZRoleGrant = z.object({
  role: z.enum(ROLES),
  unitId: z.string(),
  unitName: z.string(),
});
export type RoleGrant = z.infer<typeof ZRoleGrant>;

export const ZCurrentUser = z.object({
  id: z.string(),
  username: z.string(),
  fullName: z.string(),
  roles: z.array(ZRoleGrant),
});
export type CurrentUser = z.infer<typeof ZCurrentUser>;

export const ZSessionInfo = z.object({ user: ZCurrentUser, csrfToken: z.string() });
export type SessionInfo = z.infer<typeof ZSessionInfo>;

export const ZCreateAccountInput = z.object({
  username: z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^[a-z0-9._-]{3,50}$/, 'Tên đăng nhập gồm 3–50 ký tự a-z, 0-9, dấu chấm, gạch.'),
  fullName: z.string().trim().min(1).max(200),
  password: z.string().min(10, 'Mật khẩu phải có ít nhất 10 ký tự.').max(200),
  personId: z.string().nullish(),
  email: z.string().trim().toLowerCase().email('Địa chỉ email không hợp lệ.').max(254).nullish(),
  roles: z.array(z.object({ role: z.enum(ROLES), unitId: z.string() })).min(1, 'Chọn ít nhất một vai trò.'),
});
export type CreateAccountInput = z.infer<typeof ZCreateAccountInput>;

export const ZAccount = z.object({
  id: z.string(),
  username: z.string(),
  fullName: z.string(),
  /** Where email notifications go (launch, reminders, returns) when SMTP is configured. */
  email: z.string().nullable(),
  disabled: z.boolean(),
  roles: z.array(ZRoleGrant),
  createdAt: z.string(),
});
export type Account = z.infer<typeof ZAccount>;

/** Sets or clears (null or empty) the email address of an account. */
export const ZSetAccountEmailInput = z.object({
  email: z
    .string()
    .trim()
    .toLowerCase()
    .max(254)
    .refine((v) => v === '' || z.string().email().safeParse(v).success, 'Địa chỉ email không hợp lệ.')
    .nullable(),
});
export type SetAccountEmailInput = z.infer<typeof ZSetAccountEmailInput>;
