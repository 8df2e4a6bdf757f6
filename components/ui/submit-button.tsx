'use client';
// A submit button that says so while its form is being sent (useFormStatus
// reads the enclosing <form>). Without JavaScript it is a plain button.
import type { ReactNode } from 'react';
import { useFormStatus } from 'react-dom';
import { Button, type ButtonProps } from './button';

type Props = Omit<ButtonProps, 'type' | 'children' | 'disabled'> & {
  children: ReactNode;
  /** Shown instead of the label while the form is sent ("Saving…"). */
  pendingLabel?: string;
  /** Refuse a second press while the first is on its way. */
  disableWhilePending?: boolean;
};

export function SubmitButton({ children, pendingLabel, disableWhilePending, ...rest }: Props) {
  const { pending } = useFormStatus();
  return (
    <Button type="submit" disabled={disableWhilePending && pending ? true : undefined} {...rest}>
      {pending && pendingLabel ? pendingLabel : children}
    </Button>
  );
}
