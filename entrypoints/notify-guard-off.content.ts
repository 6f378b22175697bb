import { defineGuardScript } from '@/utils/notify/guard-script';

export default defineGuardScript(false);
