import type { ServiceContext } from '../../context';
import { authorize } from '../../policies/scope';
import { storeFile } from '../files/upload-file';

/** Tải ảnh cho bài viết (PNG/JPEG, checked by content) through the files service; audited as file.upload. */
export async function uploadPostImage(
  ctx: ServiceContext,
  file: { bytes: Buffer; filename: string },
): Promise<{ fileId: string; url: string; filename: string }> {
  await authorize(ctx, 'post.manage');
  const stored = await ctx.db.transaction((tx) =>
    storeFile(tx, ctx, file.bytes, file.filename, ['png', 'jpg']),
  );
  return { fileId: stored.id, url: `/anh/${stored.id}`, filename: stored.filename };
}
