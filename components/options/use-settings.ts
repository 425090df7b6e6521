/**
 * Options-page state: the user's own settings (what is edited and saved), the organisation's
 * policy (what is shown as managed and locked), and the settings in force. Saving never copies
 * managed values into the user's settings.
 */
import { useEffect, useState } from 'preact/hooks';
import { applyManaged, type ManagedPolicy } from '../settings/managed';
import { DEFAULT_SETTINGS, loadLocalSettings, loadManaged, onSettingsChanged, saveSettings, type Settings } from '../settings/settings';

export interface SettingsState {
  local: Settings;
  managed: ManagedPolicy;
  effective: Settings;
  save: (next: Settings) => Promise<void>;
}

export function useSettings(): SettingsState {
  const [local, setLocal] = useState<Settings>(DEFAULT_SETTINGS);
  const [managed, setManaged] = useState<ManagedPolicy>({});
  useEffect(() => {
    const reload = () => void Promise.all([loadLocalSettings(), loadManaged()]).then(([l, m]) => (setLocal(l), setManaged(m)));
    reload();
    return onSettingsChanged(reload);
  }, []);
  const save = async (next: Settings) => {
    setLocal(next);
    await saveSettings(next);
  };
  return { local, managed, effective: applyManaged(local, managed), save };
}
