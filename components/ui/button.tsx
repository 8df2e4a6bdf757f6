// Buttons of the site's two kinds (primary: filled; secondary: outlined) in
// three sizes. type="submit" unless told otherwise: most sit in forms.
import type { ButtonHTMLAttributes } from 'react';

export type ButtonLook = { variant?: 'primary' | 'secondary'; size?: 'small' | 'medium' | 'large' };

const VARIANTS = {
  primary: 'bg-brand-800 text-white hover:bg-brand-900',
  secondary: 'border border-brand-800 bg-white text-brand-900 hover:bg-brand-50',
} as const;
const SIZES = { small: 'px-3 py-1', medium: 'px-4 py-2', large: 'px-5 py-3' } as const;

export function buttonClass({ variant = 'primary', size = 'medium' }: ButtonLook, extra?: string): string {
  return ['rounded font-semibold disabled:opacity-70', SIZES[size], VARIANTS[variant], extra].filter(Boolean).join(' ');
}

export type ButtonProps = Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'className'> & ButtonLook & { className?: string };

export function Button({ variant, size, className, type = 'submit', ...rest }: ButtonProps) {
  return <button type={type} className={buttonClass({ variant, size }, className)} {...rest} />;
}
