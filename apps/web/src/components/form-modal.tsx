import { Form, Modal, type FormInstance, type FormProps } from 'antd';
import { useState, type ReactNode } from 'react';
import { applyServerFieldErrors, validateOrNull } from './form-errors';
import { ErrorAlert } from './error-alert';

export interface FormModalProps<T> {
  open: boolean;
  title: ReactNode;
  okText: string;
  form: FormInstance<T>;
  /** Receives the validated values; throw (e.g. the API error) to keep the modal open. */
  onSubmit: (values: T) => Promise<void>;
  onClose: () => void;
  pending: boolean;
  /** The mutation's error, shown above the form. */
  error: unknown;
  /** Server field path → form field path, when they differ ("employment.to" → "to"). */
  fieldMap?: Record<string, string>;
  initialValues?: FormProps<T>['initialValues'];
  /** Offered in the alert after a CONFLICT (someone else saved first). */
  onReload?: () => void;
  width?: number;
  children: ReactNode;
}

/**
 * The one shape of every create/edit dialog: validate the form, submit, put the server's VALIDATION_FAILED
 * problems on their fields and the rest in the alert. Vietnamese buttons ("Hủy").
 */
export function FormModal<T>({
  open,
  title,
  okText,
  form,
  onSubmit,
  onClose,
  pending,
  error,
  fieldMap,
  initialValues,
  onReload,
  width = 720,
  children,
}: FormModalProps<T>) {
  const [extra, setExtra] = useState<string[] | undefined>();
  const submit = async () => {
    const values = await validateOrNull(form);
    if (!values) return;
    setExtra(undefined);
    try {
      await onSubmit(values);
    } catch (e) {
      setExtra(applyServerFieldErrors(form, e, fieldMap) ?? undefined);
    }
  };
  return (
    <Modal
      open={open}
      title={title}
      okText={okText}
      cancelText="Hủy"
      onOk={() => void submit()}
      onCancel={onClose}
      confirmLoading={pending}
      destroyOnHidden
      width={width}
    >
      <ErrorAlert error={error} extra={extra} onReload={onReload} />
      <Form form={form} layout="vertical" preserve={false} initialValues={initialValues} autoComplete="off">
        {children}
      </Form>
    </Modal>
  );
}
