/** Background: keeps the content-script registration in line with settings and granted sites. */
import { browser } from 'wxt/browser';
import { onSettingsChanged } from '../settings/settings';
import { syncContentScript } from './content-script-registration';

export function startContentScriptSync(): void {
  void syncContentScript();
  onSettingsChanged(() => void syncContentScript());
  browser.permissions.onAdded.addListener(() => void syncContentScript());
  browser.permissions.onRemoved.addListener(() => void syncContentScript());
}
