import type { SendEmailOptions } from 'payload'

import { env } from '../env'
import { unsubscribeToken } from './tokens'

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)

/** The double opt-in email: one link, and what to do if it was not you. */
export function confirmationEmail(confirmUrl: string): SendEmailOptions {
  return {
    subject: 'Confirm your Haven newsletter subscription',
    text: `Someone (we hope you) asked to receive the Haven newsletter at this address.\n\nConfirm your subscription: ${confirmUrl}\n\nThe link works once and expires in 48 hours. If you did not ask, ignore this email: you will not be subscribed.`,
    html: `<p>Someone (we hope you) asked to receive the Haven newsletter at this address.</p><p><a href="${escape(confirmUrl)}">Confirm your subscription</a></p><p>The link works once and expires in 48 hours. If you did not ask, ignore this email: you will not be subscribed.</p>`,
  }
}

/** Every newsletter message carries a one-click unsubscribe link and the RFC 8058 headers. */
export function unsubscribeParts(subscriberId: string | number): {
  url: string
  headers: Record<string, string>
} {
  const token = unsubscribeToken(env.PAYLOAD_SECRET, subscriberId)
  const url = `${env.WEB_URL}/newsletter/unsubscribe?token=${token}`
  return {
    url,
    headers: {
      'List-Unsubscribe': `<${env.WEB_URL}/api/newsletter/unsubscribe?token=${token}>`,
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
    },
  }
}

export function welcomeEmail(subscriberId: string | number): SendEmailOptions {
  const { url, headers } = unsubscribeParts(subscriberId)
  return {
    subject: 'Welcome to the Haven newsletter',
    headers,
    text: `You are subscribed to the Haven newsletter: one email a week with new articles reviewed by clinicians.\n\nUnsubscribe with one click: ${url}`,
    html: `<p>You are subscribed to the Haven newsletter: one email a week with new articles reviewed by clinicians.</p><p><a href="${escape(url)}">Unsubscribe with one click</a></p>`,
  }
}

/**
 * Sent when someone signs up an address that is already subscribed: the owner learns of the attempt
 * (and can leave with one click), and the sign-up's answer stays the same as for a new address.
 */
export function alreadySubscribedEmail(subscriberId: string | number): SendEmailOptions {
  const { url, headers } = unsubscribeParts(subscriberId)
  return {
    subject: 'You are already subscribed to the Haven newsletter',
    headers,
    text: `Someone (we hope you) asked to subscribe this address to the Haven newsletter. It is already subscribed, so nothing has changed.\n\nTo stop receiving it, unsubscribe with one click: ${url}`,
    html: `<p>Someone (we hope you) asked to subscribe this address to the Haven newsletter. It is already subscribed, so nothing has changed.</p><p><a href="${escape(url)}">Unsubscribe with one click</a></p>`,
  }
}
